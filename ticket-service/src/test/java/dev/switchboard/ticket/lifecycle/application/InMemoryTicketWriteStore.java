package dev.switchboard.ticket.lifecycle.application;

import dev.switchboard.ticket.lifecycle.EventRequest;
import dev.switchboard.ticket.lifecycle.PendingEvent;
import dev.switchboard.ticket.lifecycle.TicketWriteState;
import dev.switchboard.ticket.view.TicketView;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/** Behaves like the conditional updates of the Mongo adapter: one document per ticket, compare-and-set on version. */
final class InMemoryTicketWriteStore implements TicketWriteStore {

    final Map<String, TicketWriteState> byId = new ConcurrentHashMap<>();
    private volatile CyclicBarrier firstReads;
    private final AtomicInteger reads = new AtomicInteger();

    /** The first {@code parties} reads wait for each other, so that they all see the same version and race. */
    void raceFirstReads(int parties) {
        firstReads = new CyclicBarrier(parties);
        reads.set(0);
    }

    void put(TicketView view) {
        byId.put(view.id(), new TicketWriteState(view, List.of(), null, List.of()));
    }

    TicketWriteState get(String ticketId) {
        return byId.get(ticketId);
    }

    @Override
    public Mono<TicketWriteState> load(String ticketId) {
        return Mono.fromSupplier(() -> {
            TicketWriteState state = byId.get(ticketId);
            CyclicBarrier barrier = firstReads;
            if (barrier != null && reads.incrementAndGet() <= barrier.getParties()) {
                try {
                    barrier.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException(e);
                }
            }
            return state;
        });
    }

    @Override
    public Mono<Boolean> claim(TicketWriteState current, TicketView next, List<PendingEvent> pending,
                               List<EventRequest> requests, Instant decidedAt) {
        return Mono.fromSupplier(() -> {
            boolean[] won = {false};
            byId.computeIfPresent(next.id(), (id, stored) -> {
                if (stored.version() != current.version()) {
                    return stored;
                }
                won[0] = true;
                return new TicketWriteState(next, pending, decidedAt, requests);
            });
            return won[0];
        });
    }

    @Override
    public Mono<Void> clearPending(String ticketId, String firstEventId) {
        return Mono.fromRunnable(() -> byId.computeIfPresent(ticketId, (id, stored) ->
                stored.hasPending() && stored.pending().getFirst().id().equals(firstEventId)
                        ? new TicketWriteState(stored.view(), List.of(), null, stored.requests())
                        : stored));
    }

    @Override
    public Flux<TicketWriteState> pendingSince(Instant cutoff, int limit) {
        return Flux.fromStream(() -> byId.values().stream()
                .filter(s -> s.pendingSince() != null && s.pendingSince().isBefore(cutoff))
                .limit(limit));
    }
}
