package dev.switchboard.analytics.kpi;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The widths time buckets are kept in: UTC minutes, hours and days, and one all-time bucket per view key (its start
 * is the epoch) from which the backlog at any moment is derived.
 */
public enum BucketLevel {
    MINUTE(ChronoUnit.MINUTES), HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS), TOTAL(null);

    private final ChronoUnit unit;

    BucketLevel(ChronoUnit unit) {
        this.unit = unit;
    }

    public Instant start(Instant at) {
        return unit == null ? Instant.EPOCH : at.truncatedTo(unit);
    }

    /** The first bucket start at or after {@code at}. */
    public Instant ceil(Instant at) {
        Instant start = start(at);
        return start.equals(at) ? at : next(start);
    }

    public Instant next(Instant start) {
        return start.plus(1, unit);
    }

    public static BucketLevel of(Interval interval) {
        return switch (interval) {
            case MINUTE -> MINUTE;
            case HOUR -> HOUR;
            case DAY -> DAY;
        };
    }
}
