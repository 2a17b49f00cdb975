package dev.switchboard.analytics.fact;

import java.util.Map;

/**
 * What the fact's version {@code version} changed in the time buckets: contributions with signed multiplicities. Its
 * token ({@code <ticketId>@<version>}) makes applying it to a bucket idempotent.
 */
public record PendingDelta(long version, Map<Contribution, Long> changes) {

    public PendingDelta {
        changes = Map.copyOf(changes);
    }

    public String token(String ticketId) {
        return ticketId + "@" + version;
    }
}
