package dev.switchboard.routing.queue;

import dev.switchboard.events.ticket.Priority;
import dev.switchboard.routing.assignment.QueueSummary;

import java.util.EnumMap;
import java.util.Map;

/**
 * One team's queue, like TaskRouter's real-time statistics; {@code team} is null for tickets that name no team.
 * {@code agentsEligible} counts the team's signed-in agents (AVAILABLE or AWAY), {@code waitingByPriority} every
 * priority, 0 included.
 */
record QueueView(String team, int waiting, long oldestWaitSeconds, int agentsAvailable, double utilization,
                 int agentsEligible, Map<Priority, Integer> waitingByPriority) {

    static QueueView of(QueueSummary summary) {
        Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            byPriority.put(priority, summary.waitingByPriority().getOrDefault(priority, 0));
        }
        return new QueueView(summary.team(), summary.waiting(), summary.oldestWaitSeconds(),
                summary.agentsAvailable(), summary.utilization(), summary.agentsEligible(), byPriority);
    }
}
