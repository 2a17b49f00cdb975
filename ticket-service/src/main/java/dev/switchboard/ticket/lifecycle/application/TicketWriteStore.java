package dev.switchboard.ticket.lifecycle.application;

import dev.switchboard.ticket.lifecycle.EventRequest;
import dev.switchboard.ticket.lifecycle.PendingEvent;
import dev.switchboard.ticket.lifecycle.TicketWriteState;
import dev.switchboard.ticket.view.TicketView;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;

/**
 * The ticket's one document, as the write side uses it. Every write touches that one document and is conditional, so
 * the store needs no transactions (the Mongo stand-in has none).
 */
public interface TicketWriteStore {

    /** Empty when there is no document for this ticket yet. */
    Mono<TicketWriteState> load(String ticketId);

    /**
     * Records a decision: the new view, the events to publish and the answered keys, in one write that succeeds only
     * while the stored version is still {@code current.version()}.
     *
     * @return false when another writer (a request or the projection) changed the ticket since {@code current} was read
     */
    Mono<Boolean> claim(TicketWriteState current, TicketView next, List<PendingEvent> pending,
                        List<EventRequest> requests, Instant decidedAt);

    /** Forgets the pending events whose first id is {@code firstEventId}, once Kafka acknowledged them; else no-op. */
    Mono<Void> clearPending(String ticketId, String firstEventId);

    /** Tickets whose pending events were decided before {@code cutoff}: their request died before Kafka answered. */
    Flux<TicketWriteState> pendingSince(Instant cutoff, int limit);
}
