package dev.switchboard.events.sla;

import java.time.Instant;

/** The clock was stopped before its deadline. */
public record SlaAchieved(String ticketId, SlaMetric metric, Instant dueAt, Instant achievedAt) {

    public static final String TYPE = "switchboard.sla.achieved.v1";
}
