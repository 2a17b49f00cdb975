package dev.switchboard.events.sla;

import java.time.Instant;

public record SlaBreached(String ticketId, SlaMetric metric, Instant dueAt, Instant breachedAt) {

    public static final String TYPE = "switchboard.sla.breached.v1";
}
