package dev.switchboard.routing.leadership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Elects at most one routing engine at a time through a lease with a time to live. {@link #check()} runs every
 * {@link #renewEvery()}: a follower takes an expired lease (a new term, epoch + 1), the leader renews its own. A leader
 * that cannot renew steps down while its lease is still valid, never after: so two terms overlap only when clocks
 * drift by more than a third of the lease or a process pauses, and the epoch fences the writes of such a zombie.
 *
 * <p>Plain Java with an injected clock, so the rules are tested without a database and without waiting.
 */
public final class LeaderElection {

    private final String holder;
    private final LeaseStore store;
    private final Clock clock;
    private final Duration ttl;
    private final LeadershipListener listener;
    private Lease lease;

    public LeaderElection(String holder, LeaseStore store, Clock clock, Duration ttl, LeadershipListener listener) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("the lease needs a positive time to live");
        }
        this.holder = Objects.requireNonNull(holder, "holder");
        this.store = store;
        this.clock = clock;
        this.ttl = ttl;
        this.listener = listener;
    }

    /** How often {@link #check()} must run: three renewals per lifetime tolerate two failed ones in a row. */
    public Duration renewEvery() {
        return ttl.dividedBy(3);
    }

    public String holder() {
        return holder;
    }

    /** Renews the lease of a leader, or tries to take an expired one as a follower. */
    public synchronized void check() {
        Instant now = clock.instant();
        if (lease == null) {
            tryToTakeOver(now);
            return;
        }
        if (!now.isBefore(lease.expiresAt())) {
            end("the lease expired before it could be renewed", false);
            return;
        }
        try {
            store.renew(holder, lease.epoch(), now.plus(ttl)).ifPresentOrElse(
                    renewed -> lease = renewed,
                    () -> end("another instance holds the lease", false));
        } catch (RuntimeException e) {
            // a failed renewal is retried next time, unless the lease would run out before then
            if (!now.plus(renewEvery()).isBefore(lease.expiresAt())) {
                end("the lease could not be renewed: " + e, false);
            }
        }
    }

    /** Ends the term at once, keeping the lease (a newer leader holds it): what a fenced instance does. */
    public synchronized void stepDown(String reason) {
        if (lease != null) {
            end(reason, false);
        }
    }

    /** Ends the term of {@code epoch}, if it still runs, and frees the lease: a term that could not start. */
    public synchronized void abandon(long epoch, String reason) {
        if (lease != null && lease.epoch() == epoch) {
            end(reason, true);
        }
    }

    /** Ends the term and frees the lease, so that another instance takes over without waiting for it to expire. */
    public synchronized void resign() {
        if (lease != null) {
            end("resigned", true);
        }
    }

    /**
     * Whether the stored lease still names this instance in {@code epoch}: asked after a decision was saved and before
     * its record is acknowledged, because a new document written by a zombie after the new leader claimed the state
     * carries no epoch to be fenced by; the zombie then leaves the record to the new leader, who decides it again.
     */
    public boolean stillHolds(long epoch) {
        return store.current().filter(stored -> stored.holder().equals(holder) && stored.epoch() == epoch).isPresent();
    }

    public synchronized boolean isLeader() {
        return lease != null;
    }

    public synchronized OptionalLong epoch() {
        return lease == null ? OptionalLong.empty() : OptionalLong.of(lease.epoch());
    }

    private void tryToTakeOver(Instant now) {
        Lease taken;
        try {
            taken = store.takeOver(holder, now, now.plus(ttl)).orElse(null);
        } catch (RuntimeException e) {
            return;
        }
        if (taken == null) {
            return;
        }
        lease = taken;
        try {
            // a listener starts the term elsewhere and returns: the lease must be renewed while the state loads
            listener.elected(taken.epoch());
        } catch (RuntimeException e) {
            end("the term could not start: " + e, true);
        }
    }

    private void end(String reason, boolean release) {
        long epoch = lease.epoch();
        lease = null;
        try {
            listener.revoked(epoch, reason);
        } finally {
            if (release) {
                try {
                    store.release(holder, epoch);
                } catch (RuntimeException e) {
                    // the lease then simply expires
                }
            }
        }
    }
}
