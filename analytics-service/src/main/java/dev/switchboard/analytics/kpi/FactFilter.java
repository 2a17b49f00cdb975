package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Priority;

import java.util.Objects;

/**
 * Which tickets a KPI looks at; a null criterion matches every ticket. {@code agent} is the ticket's assignee,
 * {@code team} its {@linkplain TicketFact#effectiveTeam() effective team}, {@code priority} its current priority.
 */
public record FactFilter(String team, String agent, Channel channel, Priority priority) {

    public static final FactFilter ALL = new FactFilter(null, null, null, null);

    public boolean matches(TicketFact fact) {
        return (team == null || team.equals(fact.effectiveTeam()))
                && (agent == null || agent.equals(fact.assignee()))
                && (channel == null || channel == fact.channel())
                && (priority == null || priority == fact.priority());
    }

    public boolean isAll() {
        return Objects.equals(this, ALL);
    }
}
