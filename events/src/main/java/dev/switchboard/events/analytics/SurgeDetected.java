package dev.switchboard.events.analytics;

import java.time.Instant;

/**
 * A team's ticket inflow in the minute [{@code windowStart}, {@code windowEnd}) lay {@code zScore} standard deviations
 * above its rolling baseline (an exponentially weighted mean {@code baseline} with deviation {@code stdDev} of the
 * earlier minutes): the start of a complaint wave. Raised once per surge, keyed by team.
 */
public record SurgeDetected(String team, Instant windowStart, Instant windowEnd, long inflow, double baseline,
                            double stdDev, double zScore, Instant detectedAt) {
    public static final String TYPE = "switchboard.analytics.surge-detected.v1";
}
