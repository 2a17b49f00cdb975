package dev.switchboard.routing.queue;

import dev.switchboard.routing.assignment.QueueSummary;

/** One team's queue; {@code team} is null for tickets that name no team. */
record QueueView(String team, int waiting, long oldestWaitSeconds, int agentsAvailable, double utilization) {

    static QueueView of(QueueSummary summary) {
        return new QueueView(summary.team(), summary.waiting(), summary.oldestWaitSeconds(),
                summary.agentsAvailable(), summary.utilization());
    }
}
