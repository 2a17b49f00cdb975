package dev.switchboard.analytics.fact;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;

/**
 * The dimensions a ticket's KPIs are attributed to: its effective team, current assignee, channel, current priority and
 * customer tier. Any of them is null while the event that carries it has not been seen.
 */
public record Cell(String team, String agent, Channel channel, Priority priority, CustomerTier tier) {

    public static Cell of(TicketFact fact) {
        return new Cell(fact.effectiveTeam(), fact.assignee(), fact.channel(), fact.priority(), fact.customerTier());
    }
}
