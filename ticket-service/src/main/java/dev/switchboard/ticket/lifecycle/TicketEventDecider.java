package dev.switchboard.ticket.lifecycle;

import dev.switchboard.events.ticket.CustomerMessageReceived;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketRated;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

/** Decides which events a ticket command raises in the ticket's current state, or refuses it. */
public final class TicketEventDecider {

    private final Clock clock;
    private final Supplier<String> ids;

    public TicketEventDecider(Clock clock, Supplier<String> ids) {
        this.clock = clock;
        this.ids = ids;
    }

    /**
     * @return the events to publish, in order; the first one is the answer to the caller
     * @throws TransitionNotAllowedException when the lifecycle forbids the command now
     */
    public List<RaisedEvent> decide(TicketState ticket, TicketCommand command) {
        Instant at = command.occurredAt() == null ? clock.instant() : command.occurredAt();
        String id = ticket.ticketId();
        return switch (command) {
            case TicketCommand.CustomerMessage m -> {
                refuseIfClosed(ticket, "receive a customer message");
                var message = raise(at, new CustomerMessageReceived(id, m.body(), at));
                yield ticket.status() == TicketStatus.SOLVED
                        ? List.of(message, raise(at, new TicketReopened(id, ticket.reopens() + 1, at)))
                        : List.of(message);
            }
            case TicketCommand.AgentReply r -> {
                refuseIfClosed(ticket, "take a reply");
                yield List.of(raise(at, new TicketReplied(id, r.agentId(), r.body(), r.publicReply(), at)));
            }
            case TicketCommand.ChangeStatus s -> {
                if (!TicketLifecycle.allows(ticket.status(), s.status())) {
                    throw new TransitionNotAllowedException("Ticket " + id + " cannot go from " + ticket.status()
                            + " to " + s.status() + ".");
                }
                yield List.of(raise(at, new TicketStatusChanged(id, ticket.status(), s.status(), at)));
            }
            case TicketCommand.ChangePriority p -> {
                refuseIfClosed(ticket, "change its priority");
                yield List.of(raise(at, new TicketPriorityChanged(id, ticket.priority(), p.priority(), at)));
            }
            case TicketCommand.ChangeTeam t -> {
                refuseIfClosed(ticket, "change its team");
                yield List.of(raise(at, new TicketTeamChanged(id, ticket.team(), t.team(), at)));
            }
            case TicketCommand.RateSatisfaction r ->
                    List.of(raise(at, new TicketRated(id, r.csat(), r.nps(), r.comment(), at)));
        };
    }

    private static void refuseIfClosed(TicketState ticket, String what) {
        if (TicketLifecycle.isFinal(ticket.status())) {
            throw new TransitionNotAllowedException("Ticket " + ticket.ticketId() + " is CLOSED and cannot " + what + ".");
        }
    }

    private RaisedEvent raise(Instant at, Record data) {
        return new RaisedEvent(ids.get(), at, data);
    }
}
