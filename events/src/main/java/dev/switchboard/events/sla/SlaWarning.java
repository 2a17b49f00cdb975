package dev.switchboard.events.sla;

import java.time.Instant;

/** {@code elapsedRatio} of the target has passed (a policy's warnAt threshold, e.g. 0.75). */
public record SlaWarning(String ticketId, SlaMetric metric, Instant dueAt, double elapsedRatio, Instant warnedAt) {

    public static final String TYPE = "switchboard.sla.warning.v1";
}
