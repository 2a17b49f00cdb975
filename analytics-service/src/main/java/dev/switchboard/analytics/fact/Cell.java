package dev.switchboard.analytics.fact;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;

import java.time.Instant;

/**
 * The dimensions a ticket's KPIs are attributed to: its team (at the KPI's moment), current assignee, channel, current
 * priority and customer tier. Any of them is null while the event that carries it has not been seen.
 */
public record Cell(String team, String agent, Channel channel, Priority priority, CustomerTier tier) {

    /** The ticket's dimensions now. */
    public static Cell of(TicketFact fact) {
        return new Cell(fact.effectiveTeam(), fact.assignee(), fact.channel(), fact.priority(), fact.customerTier());
    }

    /** The dimensions a KPI counted at {@code at} is attributed to: the team of that moment, the others current. */
    public static Cell of(TicketFact fact, Instant at) {
        return new Cell(fact.teamAt(at), fact.assignee(), fact.channel(), fact.priority(), fact.customerTier());
    }
}
