package dev.switchboard.events.agent;

import dev.switchboard.events.ticket.Channel;

import java.time.Instant;
import java.util.Map;

/** An agent's configuration, whole: skills with levels 1–5, capacity per channel. */
public record AgentUpdated(
        String agentId,
        String name,
        String team,
        int tier,
        Map<String, Integer> skills,
        Map<Channel, Integer> capacity,
        Instant updatedAt) {

    public static final String TYPE = "switchboard.agent.updated.v1";
}
