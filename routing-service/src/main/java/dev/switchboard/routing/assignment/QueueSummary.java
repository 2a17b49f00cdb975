package dev.switchboard.routing.assignment;

import dev.switchboard.events.ticket.Priority;

import java.util.Map;

/**
 * One team's queue. {@code team} is null for tickets without a team (which any agent may take). {@code utilization} is
 * load over capacity of the team's agents who are not OFFLINE (0 when they have no capacity); {@code agentsEligible}
 * counts the team's agents who are signed in (AVAILABLE or AWAY), like TaskRouter's eligible workers.
 */
public record QueueSummary(String team, int waiting, Map<Priority, Integer> waitingByPriority,
                           long oldestWaitSeconds, int agentsAvailable, double utilization, int agentsEligible) {

    public QueueSummary {
        waitingByPriority = Map.copyOf(waitingByPriority);
    }

    public QueueSummary(String team, int waiting, Map<Priority, Integer> waitingByPriority, long oldestWaitSeconds,
                        int agentsAvailable, double utilization) {
        this(team, waiting, waitingByPriority, oldestWaitSeconds, agentsAvailable, utilization, agentsAvailable);
    }
}
