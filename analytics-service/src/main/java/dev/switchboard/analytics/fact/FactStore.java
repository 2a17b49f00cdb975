package dev.switchboard.analytics.fact;

import java.util.Optional;

/** Where facts are kept: one document per ticket, written with optimistic concurrency on its version. */
public interface FactStore {

    Optional<TicketFact> find(String ticketId);

    /** Stores a fact that was never stored; false when another writer stored one for the ticket first. */
    boolean insert(TicketFact fact);

    /** Replaces the stored fact if it still has {@code expectedVersion}; false when another writer came first. */
    boolean replace(TicketFact fact, long expectedVersion);
}
