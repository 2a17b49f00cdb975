package dev.switchboard.local.demo;

import java.util.Map;

/**
 * An agent of the simulated contact center, as configured through {@code PUT /api/v1/agents/{id}}.
 *
 * @param skills   skill name to level 1–5
 * @param capacity channel name to how many tickets of it the agent handles at once
 */
public record DemoAgent(String id, String name, String team, int tier, Map<String, Integer> skills,
                        Map<String, Integer> capacity) {
}
