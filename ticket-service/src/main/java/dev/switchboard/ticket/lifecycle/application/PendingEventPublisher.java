package dev.switchboard.ticket.lifecycle.application;

import dev.switchboard.events.Topic;
import dev.switchboard.ticket.kafka.CloudEventPublisher;
import dev.switchboard.ticket.kafka.OutgoingEvent;
import dev.switchboard.ticket.lifecycle.PendingEvent;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Publishes a ticket's pending events in the order they were decided, waiting for each acknowledgement, and then
 * removes them from the document. Publishing twice (two helpers, or a crash after the send) sends the same
 * {@code ce_id}, which every consumer drops.
 */
@Component
public class PendingEventPublisher {

    private final CloudEventPublisher publisher;
    private final TicketWriteStore store;

    public PendingEventPublisher(CloudEventPublisher publisher, TicketWriteStore store) {
        this.publisher = publisher;
        this.store = store;
    }

    public Mono<Void> publish(String ticketId, List<PendingEvent> pending) {
        if (pending.isEmpty()) {
            return Mono.empty();
        }
        return Flux.fromIterable(pending)
                .concatMap(event -> publisher.publish(new OutgoingEvent(Topic.TICKETS_EVENTS, event.id(), event.type(),
                        ticketId, event.time(), event.data())))
                .then(store.clearPending(ticketId, pending.getFirst().id()));
    }
}
