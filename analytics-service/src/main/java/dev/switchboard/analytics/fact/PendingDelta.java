package dev.switchboard.analytics.fact;

import java.util.Map;
import java.util.Set;

/**
 * What the owner's version {@code version} changed in the time buckets: contributions with signed multiplicities. Its
 * token ({@code <owner>@<version>}) makes applying it to a bucket idempotent. {@code agents} are the agents whose
 * handling intervals of the ticket the version changed (a ticket fact's delta only), told to their timelines.
 */
public record PendingDelta(long version, Map<Contribution, Long> changes, Set<String> agents) {

    public PendingDelta {
        changes = Map.copyOf(changes);
        agents = Set.copyOf(agents);
    }

    public PendingDelta(long version, Map<Contribution, Long> changes) {
        this(version, changes, Set.of());
    }

    public String token(String ticketId) {
        return ticketId + "@" + version;
    }
}
