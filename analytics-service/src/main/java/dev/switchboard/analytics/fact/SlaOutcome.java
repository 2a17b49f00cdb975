package dev.switchboard.analytics.fact;

import dev.switchboard.events.sla.SlaMetric;

import java.time.Instant;
import java.util.Objects;

/**
 * How one SLA clock ended. A clock is identified by its metric and due time: NEXT_REPLY and PERIODIC_UPDATE run many
 * cycles per ticket, each with its own due time.
 */
public record SlaOutcome(SlaMetric metric, Instant dueAt, Result result, Instant at) {

    public enum Result { ACHIEVED, BREACHED }

    public SlaOutcome {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(at, "at");
    }

    boolean sameClockAs(SlaOutcome other) {
        return metric == other.metric && Objects.equals(dueAt, other.dueAt);
    }
}
