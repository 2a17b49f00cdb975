package dev.switchboard.routing.leadership;

import java.time.Instant;
import java.util.Optional;

/** The lease document's conditional updates as MongoLeaseStore makes them, in memory; can be made to fail. */
public final class InMemoryLeaseStore implements LeaseStore {

    private Lease lease;
    boolean unreachable;

    @Override
    public synchronized Optional<Lease> current() {
        failIfUnreachable();
        return Optional.ofNullable(lease);
    }

    @Override
    public synchronized Optional<Lease> renew(String holder, long epoch, Instant expiresAt) {
        failIfUnreachable();
        if (lease == null || !lease.holder().equals(holder) || lease.epoch() != epoch) {
            return Optional.empty();
        }
        lease = new Lease(holder, epoch, expiresAt);
        return Optional.of(lease);
    }

    @Override
    public synchronized Optional<Lease> takeOver(String holder, Instant now, Instant expiresAt) {
        failIfUnreachable();
        if (lease != null && !lease.expiresAt().isBefore(now)) {
            return Optional.empty();
        }
        lease = new Lease(holder, lease == null ? 1 : lease.epoch() + 1, expiresAt);
        return Optional.of(lease);
    }

    @Override
    public synchronized void release(String holder, long epoch) {
        failIfUnreachable();
        if (lease != null && lease.holder().equals(holder) && lease.epoch() == epoch) {
            lease = new Lease(holder, epoch, Instant.EPOCH);
        }
    }

    private void failIfUnreachable() {
        if (unreachable) {
            throw new IllegalStateException("database unreachable");
        }
    }
}
