package dev.switchboard.local.demo;

import java.util.Map;

/**
 * An agent of the simulated contact center, as configured through {@code PUT /api/v1/agents/{id}}.
 *
 * @param skills   skill name to level 1–5
 * @param capacity channel name to how many tickets of it the agent handles at once
 * @param pace     the simulator's own: how much longer than the typical agent this one takes to reply and solve
 *                 (0.5 = twice as fast); never sent to Switchboard
 */
public record DemoAgent(String id, String name, String team, int tier, Map<String, Integer> skills,
                        Map<String, Integer> capacity, double pace) {

    public DemoAgent {
        if (!(pace > 0)) {
            throw new IllegalArgumentException("pace must be positive, was " + pace);
        }
    }

    /** An agent of typical pace. */
    public DemoAgent(String id, String name, String team, int tier, Map<String, Integer> skills,
                     Map<String, Integer> capacity) {
        this(id, name, team, tier, skills, capacity, 1.0);
    }
}
