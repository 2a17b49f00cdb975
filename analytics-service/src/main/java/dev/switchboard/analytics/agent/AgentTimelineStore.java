package dev.switchboard.analytics.agent;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One timeline document per agent, written with optimistic concurrency on its version, like a ticket fact. */
public interface AgentTimelineStore {

    Optional<AgentTimeline> find(String agentId);

    /** Stores a timeline that was never stored; false when another writer stored one first. */
    boolean insert(AgentTimeline timeline);

    /** Replaces the stored timeline if it still has {@code expectedVersion}; false when another writer came first. */
    boolean replace(AgentTimeline timeline, long expectedVersion);

    /** Removes the pending deltas of these versions and increments the version (see the fact store's clear). */
    void clearPending(String agentId, List<Long> versions);

    /** The tokens of the deltas still pending in these agents' timelines. */
    Set<String> pendingTokens(Collection<String> agentIds);
}
