package dev.switchboard.ticket.lifecycle;

import dev.switchboard.ticket.view.TicketView;

import java.util.List;

/** What to do with a ticket event request, given the ticket's current document. */
public sealed interface Admission {

    /** The same Idempotency-Key was answered before: answer the same event id again, publish nothing new. */
    record Replay(String eventId) implements Admission {
    }

    /**
     * Earlier events of this ticket are not yet acknowledged by Kafka: they must be published first, so that the
     * topic keeps the ticket's events in the order they were decided; then the request is decided again.
     */
    record PublishPendingFirst(List<PendingEvent> pending) implements Admission {
    }

    /**
     * The lifecycle allows the request: {@code events} are to be published in order (the first answers the caller);
     * {@code next} is the view with them applied and {@code requests} the answered keys including this one.
     */
    record Accepted(List<RaisedEvent> events, TicketView next, List<EventRequest> requests) implements Admission {
    }
}
