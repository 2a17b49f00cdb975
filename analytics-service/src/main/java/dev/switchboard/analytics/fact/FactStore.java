package dev.switchboard.analytics.fact;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Where facts are kept: one document per ticket, written with optimistic concurrency on its version. */
public interface FactStore {

    Optional<TicketFact> find(String ticketId);

    /** Stores a fact that was never stored; false when another writer stored one for the ticket first. */
    boolean insert(TicketFact fact);

    /** Replaces the stored fact if it still has {@code expectedVersion}; false when another writer came first. */
    boolean replace(TicketFact fact, long expectedVersion);

    /**
     * Removes the pending deltas of these versions once they are in the buckets, and increments the version: a
     * writer that read the fact before the clear then loses its conditional write and reads again, so it can never
     * write a cleared delta back (whose tokens are pruned later).
     */
    void clearPending(String ticketId, List<Long> versions);

    /** The tokens of the deltas still pending in these tickets' facts. */
    default Set<String> pendingTokens(Collection<String> ticketIds) {
        return ticketIds.stream().distinct().map(this::find).flatMap(Optional::stream)
                .flatMap(fact -> fact.pendingDeltas().stream().map(delta -> delta.token(fact.ticketId())))
                .collect(Collectors.toSet());
    }
}
