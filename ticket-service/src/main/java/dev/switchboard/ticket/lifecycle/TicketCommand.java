package dev.switchboard.ticket.lifecycle;

import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;

import java.time.Instant;

/** A validated ticket event request; {@code occurredAt} is null when the caller gave none. */
public sealed interface TicketCommand {

    Instant occurredAt();

    record CustomerMessage(String body, Instant occurredAt) implements TicketCommand {
    }

    record AgentReply(String agentId, String body, boolean publicReply, Instant occurredAt) implements TicketCommand {
    }

    record ChangeStatus(TicketStatus status, Instant occurredAt) implements TicketCommand {
    }

    record ChangePriority(Priority priority, Instant occurredAt) implements TicketCommand {
    }

    /** Moves the ticket to another team; routing queues it there and SLA re-targets its clocks. */
    record ChangeTeam(String team, Instant occurredAt) implements TicketCommand {
    }

    record RateSatisfaction(int csat, Integer nps, String comment, Instant occurredAt) implements TicketCommand {
    }
}
