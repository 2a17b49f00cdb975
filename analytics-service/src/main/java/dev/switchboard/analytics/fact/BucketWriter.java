package dev.switchboard.analytics.fact;

import java.time.Instant;

/** Where the time buckets are kept (MINUTE, HOUR, DAY and all-time totals, each per view of the dimensions). */
public interface BucketWriter {

    /**
     * Adds the delta to every bucket it touches, each at most once per token however often this is called with it:
     * a retry after a crash must not count twice.
     *
     * @param readAt a moment no later than the read of the document that held the delta as pending. A delta's tokens
     *               are pruned some time after it was cleared, and a bucket that pruned tokens refuses every delta
     *               read before its fence: a copy read before the clear can no longer count twice
     * @throws StaleDeltaException when a bucket refused the delta for that reason; read the owner again
     */
    void apply(String token, PendingDelta delta, Instant readAt);

    /**
     * Records, before the delta is cleared from its owner's outbox, that its tokens may be pruned from its buckets
     * once it is cleared; idempotent. A store that never prunes does nothing.
     *
     * @param owner the id of the document whose outbox holds the delta (a ticket id)
     */
    default void retire(String owner, String token, PendingDelta delta) {
    }
}
