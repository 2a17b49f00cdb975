package dev.switchboard.routing.agent;

import dev.switchboard.events.ticket.Channel;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** The body of {@code PUT /api/v1/agents/{agentId}}: the agent's whole configuration. */
record AgentConfiguration(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String team,
        @NotNull @Min(1) @Max(3) Integer tier,
        Map<@NotBlank String, @NotNull @Min(1) @Max(5) Integer> skills,
        @NotEmpty Map<@NotNull Channel, @NotNull @Min(0) @Max(1000) Integer> capacity) {

    AgentConfiguration {
        skills = skills == null ? Map.of() : skills;
    }
}
