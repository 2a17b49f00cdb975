package dev.switchboard.analytics.fact;

import java.util.Collection;
import java.util.Set;

/** Which deltas are still pending in the outboxes of these owners (ticket ids, or {@code agent:<id>}). */
@FunctionalInterface
public interface PendingTokens {

    Set<String> of(Collection<String> owners);
}
