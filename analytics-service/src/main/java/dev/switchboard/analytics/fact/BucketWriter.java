package dev.switchboard.analytics.fact;

/** Where the time buckets are kept (MINUTE, HOUR, DAY and all-time totals, each per view of the dimensions). */
public interface BucketWriter {

    /**
     * Adds the delta to every bucket it touches, each at most once per token however often this is called with it:
     * a retry after a crash must not count twice.
     */
    void apply(String token, PendingDelta delta);
}
