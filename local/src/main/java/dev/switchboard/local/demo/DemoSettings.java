package dev.switchboard.local.demo;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * @param ticketsPerMinute average arrival rate over all teams (over a whole day when the day has a shape)
 * @param seed             makes every random decision of the run repeatable
 * @param teamShares       each team's relative share of {@code ticketsPerMinute}, e.g. billing 40, tech 40, sales 20;
 *                         a team left out gets no tickets
 * @param dayShape         how the rate follows the time of day of the run's clock
 */
public record DemoSettings(double ticketsPerMinute, long seed, Map<String, Double> teamShares, DayShape dayShape) {

    public static final double DEFAULT_RATE = 10;
    public static final long DEFAULT_SEED = 42;
    public static final Map<String, Double> DEFAULT_TEAM_SHARES = Map.of("billing", 40.0, "tech", 40.0, "sales", 20.0);

    public DemoSettings {
        if (!(ticketsPerMinute > 0)) {
            throw new IllegalArgumentException("--rate must be positive, was " + ticketsPerMinute);
        }
        for (Map.Entry<String, Double> share : teamShares.entrySet()) {
            if (!Roster.TEAMS.contains(share.getKey()) || !(share.getValue() >= 0)) {
                throw new IllegalArgumentException(
                        "team shares need teams of " + Roster.TEAMS + " and shares of 0 or more, was " + teamShares);
            }
        }
        if (!(teamShares.values().stream().mapToDouble(Double::doubleValue).sum() > 0)) {
            throw new IllegalArgumentException("some team needs a share above 0, was " + teamShares);
        }
        // sorted, so that the teams' arrival processes start in the same order in every JVM
        teamShares = Collections.unmodifiableMap(new TreeMap<>(teamShares));
    }

    /** The default teams' shares at a steady rate. */
    public DemoSettings(double ticketsPerMinute, long seed) {
        this(ticketsPerMinute, seed, DEFAULT_TEAM_SHARES, DayShape.FLAT);
    }

    /** One team's arrival rate: its share of the total. */
    public double ticketsPerMinute(String team) {
        double total = teamShares.values().stream().mapToDouble(Double::doubleValue).sum();
        return ticketsPerMinute * teamShares.getOrDefault(team, 0.0) / total;
    }
}
