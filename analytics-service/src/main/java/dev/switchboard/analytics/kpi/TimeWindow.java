package dev.switchboard.analytics.kpi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** The half-open interval [from, to) every KPI is computed over. */
public record TimeWindow(Instant from, Instant to) {

    public TimeWindow {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
    }

    public static TimeWindow ending(Instant to, Duration length) {
        return new TimeWindow(to.minus(length), to);
    }

    public boolean contains(Instant instant) {
        return instant != null && !instant.isBefore(from) && instant.isBefore(to);
    }
}
