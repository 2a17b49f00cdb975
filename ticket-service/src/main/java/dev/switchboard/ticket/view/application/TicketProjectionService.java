package dev.switchboard.ticket.view.application;

import dev.switchboard.ticket.view.AppliedEvent;
import dev.switchboard.ticket.view.TicketProjection;
import dev.switchboard.ticket.view.TicketView;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.util.Optional;

/**
 * Applies one event to the view with optimistic concurrency: read, apply in plain Java, write only if nobody wrote
 * in between (the three topics are consumed concurrently), otherwise read again and retry.
 */
@Service
public class TicketProjectionService {

    private static final int MAX_ATTEMPTS = 20;

    private final TicketViewRepository repository;
    private final TicketProjection projection = new TicketProjection();

    public TicketProjectionService(TicketViewRepository repository) {
        this.repository = repository;
    }

    public Mono<Void> apply(AppliedEvent event) {
        Optional<String> ticketId = TicketProjection.ticketIdOf(event.data());
        if (ticketId.isEmpty()) {
            return Mono.empty();
        }
        return Mono.defer(() -> repository.findById(ticketId.get())
                        .map(Optional::of)
                        .defaultIfEmpty(Optional.empty())
                        .flatMap(current -> write(current.orElse(null), event)))
                .flatMap(written -> written ? Mono.<Void>empty() : Mono.error(new ConcurrentUpdateException()))
                .retryWhen(Retry.max(MAX_ATTEMPTS).filter(ConcurrentUpdateException.class::isInstance));
    }

    private Mono<Boolean> write(TicketView current, AppliedEvent event) {
        return projection.apply(current, event)
                .map(next -> current == null ? repository.insert(next) : repository.replace(next, current.version()))
                .orElse(Mono.just(true));
    }

    static final class ConcurrentUpdateException extends RuntimeException {
        ConcurrentUpdateException() {
            super("the ticket view changed while an event was applied", null, false, false);
        }
    }
}
