package dev.switchboard.analytics.kpi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Bucket width of a time series; buckets start at whole UTC minutes, hours or days. */
public enum Interval {
    MINUTE(ChronoUnit.MINUTES), HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    Interval(ChronoUnit unit) {
        this.unit = unit;
    }

    public Instant bucketStart(Instant instant) {
        return instant.truncatedTo(unit);
    }

    public Instant next(Instant bucketStart) {
        return bucketStart.plus(1, unit);
    }

    /** How many buckets cover the window, counting partial ones at both ends. */
    public long bucketsIn(TimeWindow window) {
        return unit.between(bucketStart(window.from()), bucketStart(window.to().minusNanos(1))) + 1;
    }
}
