package dev.switchboard.routing.leadership;

import java.time.Instant;
import java.util.Optional;

/** The one shared lease document; each call is one atomic conditional write. */
public interface LeaseStore {

    /** The lease as stored now, if any. */
    Optional<Lease> current();

    /** Extends the lease if {@code holder} still holds it in {@code epoch}; empty when it does not. */
    Optional<Lease> renew(String holder, long epoch, Instant expiresAt);

    /** Takes the lease, with the epoch raised by one, if it has expired by {@code now} (or never existed). */
    Optional<Lease> takeOver(String holder, Instant now, Instant expiresAt);

    /** Lets the lease expire at once if {@code holder} still holds it in {@code epoch}, so a successor need not wait. */
    void release(String holder, long epoch);
}
