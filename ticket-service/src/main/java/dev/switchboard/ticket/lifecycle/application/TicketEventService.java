package dev.switchboard.ticket.lifecycle.application;

import dev.switchboard.events.Topic;
import dev.switchboard.ticket.kafka.CloudEventPublisher;
import dev.switchboard.ticket.kafka.EventJson;
import dev.switchboard.ticket.kafka.OutgoingEvent;
import dev.switchboard.ticket.lifecycle.RaisedEvent;
import dev.switchboard.ticket.lifecycle.TicketCommand;
import dev.switchboard.ticket.lifecycle.TicketEventDecider;
import dev.switchboard.ticket.lifecycle.TicketEventDraft;
import dev.switchboard.ticket.lifecycle.TicketEventValidator;
import dev.switchboard.ticket.lifecycle.TicketState;
import dev.switchboard.ticket.lifecycle.TransitionNotAllowedException;
import dev.switchboard.ticket.validation.InvalidRequestException;
import dev.switchboard.ticket.view.TicketNotFoundException;
import dev.switchboard.ticket.view.TicketView;
import dev.switchboard.ticket.view.application.TicketViewRepository;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Accepts an event on an existing ticket. The decision is taken against the ticket view, which is eventually
 * consistent: two events posted at the same instant may both be judged against the same earlier status. That is the
 * price of Kafka being the only source of truth; the window is the projection's lag (milliseconds).
 */
@Service
public class TicketEventService {

    private final TicketEventValidator validator = new TicketEventValidator();
    private final TicketEventDecider decider;
    private final TicketViewRepository views;
    private final CloudEventPublisher publisher;
    private final EventJson json;
    private final MeterRegistry meters;

    public TicketEventService(Clock clock, TicketViewRepository views, CloudEventPublisher publisher, EventJson json,
                              MeterRegistry meters) {
        this.decider = new TicketEventDecider(clock, () -> UUID.randomUUID().toString());
        this.views = views;
        this.publisher = publisher;
        this.json = json;
        this.meters = meters;
    }

    /** @return the id of the event that records the request */
    public Mono<String> accept(String ticketId, TicketEventDraft draft, String agentOverride) {
        return Mono.defer(() -> {
                    TicketCommand command = validator.validate(draft, agentOverride);
                    return views.findById(ticketId)
                            .filter(TicketView::known)
                            .switchIfEmpty(Mono.error(() -> new TicketNotFoundException(ticketId)))
                            .map(view -> decider.decide(
                                    new TicketState(view.id(), view.status(), view.priority(), view.reopens()), command))
                            .flatMap(events -> publishAll(ticketId, events).thenReturn(events.getFirst().id()));
                })
                .doOnSuccess(id -> accepted(draft.type()))
                .doOnError(this::rejected);
    }

    private Mono<Void> publishAll(String ticketId, List<RaisedEvent> events) {
        return Flux.fromIterable(events)
                .concatMap(event -> publisher.publish(new OutgoingEvent(Topic.TICKETS_EVENTS, event.id(),
                        EventJson.typeOf(event.data()), ticketId, event.time(), json.write(event.data()))))
                .then();
    }

    private void accepted(String type) {
        meters.counter("switchboard.ticket.events.accepted", "type", type).increment();
    }

    private void rejected(Throwable error) {
        String reason = switch (error) {
            case InvalidRequestException e -> "invalid";
            case TicketNotFoundException e -> "not_found";
            case TransitionNotAllowedException e -> "transition_not_allowed";
            default -> "unavailable";
        };
        meters.counter("switchboard.ticket.events.rejected", "reason", reason).increment();
    }
}
