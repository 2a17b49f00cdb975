package dev.switchboard.analytics.fact;

import dev.switchboard.events.sla.SlaMetric;

import java.time.Instant;
import java.util.Objects;

public record Escalation(int level, SlaMetric metric, Instant at) {

    public Escalation {
        Objects.requireNonNull(at, "at");
    }
}
