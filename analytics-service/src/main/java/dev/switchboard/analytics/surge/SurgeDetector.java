package dev.switchboard.analytics.surge;

import dev.switchboard.events.analytics.SurgeDetected;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Watches each team's inflow (tickets created per minute) against its own rolling baseline: an exponentially
 * weighted mean and variance (EWMA, smoothing {@code alpha}). A minute whose inflow lies at least {@code threshold}
 * standard deviations above the baseline, with at least {@code minInflow} tickets, after {@code warmUpMinutes} of
 * history, raises one {@link SurgeDetected}; the team is not alerted again until its inflow fell back below half the
 * threshold, so a wave is one alert, not one per minute. The surge minute is not folded into the baseline while it
 * lasts, so a long wave does not become the new normal within minutes.
 * <p>
 * Not thread-safe: one scheduler feeds it, minute after minute, in order.
 */
public final class SurgeDetector {

    private final double alpha;
    private final double threshold;
    private final long minInflow;
    private final int warmUpMinutes;
    private final double minStdDev;
    private final Clock clock;
    private final Map<String, Baseline> baselines = new HashMap<>();
    private Instant lastMinute;

    public SurgeDetector(double alpha, double threshold, long minInflow, int warmUpMinutes, double minStdDev,
                         Clock clock) {
        if (alpha <= 0 || alpha > 1) {
            throw new IllegalArgumentException("alpha must be in (0, 1]");
        }
        this.alpha = alpha;
        this.threshold = threshold;
        this.minInflow = minInflow;
        this.warmUpMinutes = warmUpMinutes;
        this.minStdDev = minStdDev;
        this.clock = clock;
    }

    /** The last minute observed, or null before the first. */
    public Instant lastMinute() {
        return lastMinute;
    }

    /**
     * Observes the closed minute starting at {@code minute}; teams missing from {@code inflowByTeam} had no tickets.
     * A minute at or before the last one observed is ignored.
     */
    public List<SurgeDetected> observe(Instant minute, Map<String, Long> inflowByTeam) {
        if (lastMinute != null && !minute.isAfter(lastMinute)) {
            return List.of();
        }
        lastMinute = minute;
        Set<String> teams = new TreeSet<>(baselines.keySet());
        teams.addAll(inflowByTeam.keySet());
        List<SurgeDetected> surges = new ArrayList<>();
        for (String team : teams) {
            long inflow = inflowByTeam.getOrDefault(team, 0L);
            Baseline baseline = baselines.computeIfAbsent(team, t -> new Baseline());
            double stdDev = Math.max(Math.sqrt(baseline.variance), minStdDev);
            double z = (inflow - baseline.mean) / stdDev;
            boolean warm = baseline.minutes >= warmUpMinutes;
            if (warm && !baseline.surging && z >= threshold && inflow >= minInflow) {
                surges.add(new SurgeDetected(team, minute, minute.plus(Duration.ofMinutes(1)), inflow,
                        baseline.mean, stdDev, z, clock.instant()));
                baseline.surging = true;
            } else if (baseline.surging && z < threshold / 2) {
                baseline.surging = false;
            }
            if (!baseline.surging) {
                baseline.update(inflow, alpha);
            }
        }
        return surges;
    }

    private static final class Baseline {
        double mean;
        double variance;
        int minutes;
        boolean surging;

        void update(long x, double alpha) {
            if (minutes == 0) {
                mean = x;
                variance = 0;
            } else {
                double difference = x - mean;
                mean += alpha * difference;
                variance = (1 - alpha) * (variance + alpha * difference * difference);
            }
            minutes++;
        }
    }
}
