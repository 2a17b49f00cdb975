package dev.switchboard.analytics.agent;

import dev.switchboard.events.agent.AgentStatus;

import java.time.Instant;
import java.util.Objects;

/**
 * What analytics knows about one agent now: its team (from {@code agent.updated}) and presence (from
 * {@code agent.presence-changed}). Each part is last-writer-wins by the event's own time, and keeps the {@code ce_id}
 * of the event it came from, so a redelivered or replayed event, or one older than what is held, changes nothing.
 *
 * @param version optimistic-concurrency version of the stored document; 0 when never stored
 */
public record AgentState(String agentId, long version, String team, Instant teamAt, String teamEventId,
                         AgentStatus status, Instant statusAt, String statusEventId) {

    public AgentState {
        Objects.requireNonNull(agentId, "agentId");
    }

    public static AgentState unknown(String agentId) {
        return new AgentState(agentId, 0, null, null, null, null, null, null);
    }

    public boolean isAvailable() {
        return status == AgentStatus.AVAILABLE;
    }

    public AgentState withVersion(long newVersion) {
        return new AgentState(agentId, newVersion, team, teamAt, teamEventId, status, statusAt, statusEventId);
    }
}
