package dev.switchboard.analytics.fact;

import dev.switchboard.events.sla.SlaMetric;

import java.time.Instant;
import java.util.Objects;

/**
 * A moment an SLA clock of the ticket was warned about, paused, resumed or cancelled (closed without an outcome, when
 * a priority or team change selected a policy without a target for the metric): what decides whether the metric is
 * at risk (see {@link TicketFact#isAtRiskBefore}).
 */
public record SlaSignal(SlaMetric metric, Kind kind, Instant at) {

    public enum Kind { WARNED, PAUSED, RESUMED, CANCELLED }

    public SlaSignal {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
    }
}
