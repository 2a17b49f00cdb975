package dev.switchboard.ticket.lifecycle;

import dev.switchboard.ticket.view.AppliedEvent;
import dev.switchboard.ticket.view.TicketProjection;
import dev.switchboard.ticket.view.TicketView;

import java.util.ArrayList;
import java.util.List;

/**
 * The write side of a ticket event: decides a request against the ticket's latest stored state and computes the
 * document that records the decision. Storing that document conditionally on the version read is what makes
 * concurrent requests on one ticket safe: the loser reads again and is decided against the winner's result.
 */
public final class TicketEventAdmission {

    private final TicketEventDecider decider;
    private final TicketProjection projection = new TicketProjection();

    public TicketEventAdmission(TicketEventDecider decider) {
        this.decider = decider;
    }

    /**
     * @param idempotencyKey the caller's key, already scoped; null when the caller sent none
     * @throws TransitionNotAllowedException when the lifecycle forbids the request in the ticket's current state
     */
    public Admission admit(TicketWriteState current, TicketCommand command, String idempotencyKey) {
        var answered = current.answerTo(idempotencyKey);
        if (answered.isPresent()) {
            return new Admission.Replay(answered.get());
        }
        if (current.hasPending()) {
            return new Admission.PublishPendingFirst(current.pending());
        }
        TicketView view = current.view();
        List<RaisedEvent> events = decider.decide(
                new TicketState(view.id(), view.status(), view.priority(), view.team(), view.reopens()), command);
        TicketView next = view;
        for (RaisedEvent event : events) {
            // the same fold the consumer runs: when the event comes back from the topic its id is already applied
            next = projection.apply(next, new AppliedEvent(event.id(), event.time(), event.data())).orElse(next);
        }
        List<EventRequest> requests = new ArrayList<>(current.requests());
        if (idempotencyKey != null) {
            requests.add(new EventRequest(idempotencyKey, events.getFirst().id()));
        }
        return new Admission.Accepted(events, next, requests);
    }
}
