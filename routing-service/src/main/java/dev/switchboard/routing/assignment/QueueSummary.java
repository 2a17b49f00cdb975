package dev.switchboard.routing.assignment;

import dev.switchboard.events.ticket.Priority;

import java.util.Map;

/**
 * One team's queue. {@code team} is null for tickets without a team. {@code utilization} is load over capacity of the
 * team's agents who are not OFFLINE (0 when they have no capacity).
 */
public record QueueSummary(String team, int waiting, Map<Priority, Integer> waitingByPriority,
                           long oldestWaitSeconds, int agentsAvailable, double utilization) {

    public QueueSummary {
        waitingByPriority = Map.copyOf(waitingByPriority);
    }
}
