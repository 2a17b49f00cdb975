package dev.switchboard.routing.agent;

import dev.switchboard.events.agent.AgentStatus;
import jakarta.validation.constraints.NotNull;

/** The body of {@code PUT /api/v1/agents/{agentId}/presence}. */
record PresenceChange(@NotNull AgentStatus status) {
}
