package dev.switchboard.analytics.kpi;

import java.time.Duration;
import java.time.Instant;

/**
 * How long each bucket level is kept, and therefore how finely a window that reaches back to a moment can be cut:
 * a window starting before the minute buckets' horizon is widened to whole hours, before the hours' to whole days.
 */
public record Retention(Duration minutes, Duration hours, Duration days) {

    /** The finest level still kept for buckets starting at {@code at}. */
    public BucketLevel finestAt(Instant at, Instant now) {
        if (!BucketLevel.HOUR.start(at).isBefore(minuteHorizon(now))) {
            return BucketLevel.MINUTE;
        }
        if (!BucketLevel.DAY.start(at).isBefore(hourHorizon(now))) {
            return BucketLevel.HOUR;
        }
        return BucketLevel.DAY;
    }

    /** Minute buckets of whole hours before this are deleted. */
    public Instant minuteHorizon(Instant now) {
        return BucketLevel.HOUR.start(now.minus(minutes));
    }

    /** Hour buckets of whole days before this are deleted. */
    public Instant hourHorizon(Instant now) {
        return BucketLevel.DAY.start(now.minus(hours));
    }

    public Instant dayHorizon(Instant now) {
        return BucketLevel.DAY.start(now.minus(days));
    }

    /** The window widened to the buckets that can answer it: both ends cut at the level finest at its start. */
    public TimeWindow align(TimeWindow window, Instant now) {
        BucketLevel level = finestAt(window.from(), now);
        return new TimeWindow(level.start(window.from()), level.ceil(window.to()));
    }
}
