package dev.switchboard.events.sla;

import java.time.Instant;

public record SlaResumed(String ticketId, SlaMetric metric, Instant resumedAt, Instant dueAt) {

    public static final String TYPE = "switchboard.sla.resumed.v1";
}
