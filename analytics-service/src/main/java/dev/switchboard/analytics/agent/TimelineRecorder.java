package dev.switchboard.analytics.agent;

import dev.switchboard.analytics.fact.BucketWriter;
import dev.switchboard.analytics.fact.Contribution;
import dev.switchboard.analytics.fact.Contributions;
import dev.switchboard.analytics.fact.HandlingInterval;
import dev.switchboard.analytics.fact.HandlingSink;
import dev.switchboard.analytics.fact.PendingDelta;
import dev.switchboard.analytics.fact.StaleDeltaException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Keeps agents' timelines and their occupancy contributions in the buckets, with the outbox rules of
 * {@link dev.switchboard.analytics.fact.FactRecorder}: read, apply in plain Java, conditional write carrying the
 * difference of the contributions as a pending delta, then apply it to the buckets (token {@code agent:<id>@<version>},
 * read moment for the fence), retire it and clear it (incrementing the version). Fed by {@code agents.events} and by
 * the ticket facts' handling intervals.
 */
public final class TimelineRecorder implements HandlingSink {

    private final AgentTimelineStore store;
    private final BucketWriter buckets;
    private final AgentTimelineApplier applier;
    private final int maxAttempts;
    private final Clock clock;

    public TimelineRecorder(AgentTimelineStore store, BucketWriter buckets, AgentTimelineApplier applier,
                            int maxAttempts, Clock clock) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.store = store;
        this.buckets = buckets;
        this.applier = applier;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
    }

    /** @return true when the agent event changed the agent's timeline */
    public boolean record(String agentId, String eventId, Object event) {
        return update(agentId, current -> applier.apply(current, eventId, event));
    }

    @Override
    public void handled(String agentId, String ticketId, long factVersion, List<HandlingInterval> intervals) {
        update(agentId, current -> applier.handled(current, ticketId, factVersion, intervals));
    }

    private boolean update(String agentId, Function<AgentTimeline, Optional<AgentTimeline>> change) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Instant readAt = clock.instant();
            Optional<AgentTimeline> stored = store.find(agentId);
            AgentTimeline current = stored.orElseGet(() -> AgentTimeline.empty(agentId));
            Optional<AgentTimeline> changed = change.apply(current);
            if (changed.isEmpty()) {
                if (flush(current, readAt)) {
                    return false;
                }
                continue;
            }
            long version = current.version() + 1;
            AgentTimeline next = changed.get().withVersion(version);
            Map<Contribution, Long> delta = Contributions.difference(OccupancyContributions.of(current),
                    OccupancyContributions.of(next));
            if (!delta.isEmpty()) {
                next = next.withPendingDelta(new PendingDelta(version, delta));
            }
            if (stored.isPresent() ? store.replace(next, current.version()) : store.insert(next)) {
                if (!flush(next, readAt)) {
                    flushFromAFreshRead(agentId);
                }
                return true;
            }
        }
        throw new IllegalStateException("Timeline of agent " + agentId + " changed concurrently on each of "
                + maxAttempts + " attempts");
    }

    private void flushFromAFreshRead(String agentId) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Instant readAt = clock.instant();
            Optional<AgentTimeline> timeline = store.find(agentId);
            if (timeline.isEmpty() || flush(timeline.get(), readAt)) {
                return;
            }
        }
        throw new IllegalStateException("Timeline of agent " + agentId + " could not be flushed in " + maxAttempts
                + " attempts");
    }

    /** @return false when a bucket refused a delta as read before its fence: read the timeline again */
    private boolean flush(AgentTimeline timeline, Instant readAt) {
        if (timeline.pendingDeltas().isEmpty()) {
            return true;
        }
        String owner = timeline.owner();
        try {
            timeline.pendingDeltas().forEach(delta -> buckets.apply(delta.token(owner), delta, readAt));
        } catch (StaleDeltaException e) {
            return false;
        }
        timeline.pendingDeltas().forEach(delta -> buckets.retire(owner, delta.token(owner), delta));
        store.clearPending(timeline.agentId(), timeline.pendingDeltas().stream().map(PendingDelta::version).toList());
        return true;
    }
}
