package dev.switchboard.events.agent;

import java.time.Instant;

/** {@code previous} is null the first time an agent signs in. */
public record AgentPresenceChanged(String agentId, AgentStatus status, AgentStatus previous, Instant changedAt) {

    public static final String TYPE = "switchboard.agent.presence-changed.v1";
}
