package dev.switchboard.analytics.fact;

import java.util.List;
import java.util.Optional;

/** Where facts are kept: one document per ticket, written with optimistic concurrency on its version. */
public interface FactStore {

    Optional<TicketFact> find(String ticketId);

    /** Stores a fact that was never stored; false when another writer stored one for the ticket first. */
    boolean insert(TicketFact fact);

    /** Replaces the stored fact if it still has {@code expectedVersion}; false when another writer came first. */
    boolean replace(TicketFact fact, long expectedVersion);

    /**
     * Removes the pending deltas of these versions once they are in the buckets. It does not change the version: a
     * concurrent writer that still copies them only makes their (idempotent) application happen again.
     */
    void clearPending(String ticketId, List<Long> versions);
}
