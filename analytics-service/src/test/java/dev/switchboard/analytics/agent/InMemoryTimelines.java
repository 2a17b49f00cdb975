package dev.switchboard.analytics.agent;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The timeline store's contract in a map, for tests without a database. */
public final class InMemoryTimelines implements AgentTimelineStore {

    private final Map<String, AgentTimeline> timelines = new ConcurrentHashMap<>();

    @Override
    public Optional<AgentTimeline> find(String agentId) {
        return Optional.ofNullable(timelines.get(agentId));
    }

    @Override
    public boolean insert(AgentTimeline timeline) {
        return timelines.putIfAbsent(timeline.agentId(), timeline) == null;
    }

    @Override
    public synchronized boolean replace(AgentTimeline timeline, long expectedVersion) {
        AgentTimeline stored = timelines.get(timeline.agentId());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        timelines.put(timeline.agentId(), timeline);
        return true;
    }

    @Override
    public synchronized void clearPending(String agentId, List<Long> versions) {
        timelines.computeIfPresent(agentId, (id, stored) -> stored.withoutPendingDeltas(versions));
    }

    @Override
    public Set<String> pendingTokens(Collection<String> agentIds) {
        return agentIds.stream().map(timelines::get).filter(java.util.Objects::nonNull)
                .flatMap(t -> t.pendingDeltas().stream().map(d -> d.token(t.owner()))).collect(Collectors.toSet());
    }
}
