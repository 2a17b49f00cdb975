package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.SampleScale;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

/**
 * p50, p90 and p99 of a set of durations, in seconds; all null when the set is empty.
 * <p>
 * Definition (nearest rank): with the n samples sorted ascending as x<sub>1</sub> ≤ … ≤ x<sub>n</sub>, the p-th
 * percentile is x<sub>k</sub> with k = ⌈p/100 · n⌉ (and k = 1 when that is 0). It is always one of the samples,
 * never an interpolation, and is exact: percentiles of sub-sets are never averaged.
 */
public record Percentiles(Double p50, Double p90, Double p99) {

    public static final Percentiles NONE = new Percentiles(null, null, null);

    public static Percentiles of(Collection<Duration> samples) {
        if (samples.isEmpty()) {
            return NONE;
        }
        List<Duration> sorted = samples.stream().sorted().toList();
        return new Percentiles(seconds(nearestRank(sorted, 50)), seconds(nearestRank(sorted, 90)),
                seconds(nearestRank(sorted, 99)));
    }

    /** The p-th percentile (0 < p ≤ 100) of samples sorted ascending, by the nearest-rank definition above. */
    public static Duration nearestRank(List<Duration> sorted, int p) {
        if (sorted.isEmpty() || p <= 0 || p > 100) {
            throw new IllegalArgumentException("need samples and 0 < p <= 100");
        }
        // ⌈p·n/100⌉ in integer arithmetic, so that no floating-point rounding can pick a neighbouring rank
        int rank = (int) ((p * (long) sorted.size() + 99) / 100);
        return sorted.get(Math.max(rank, 1) - 1);
    }

    /**
     * The same nearest-rank definition over a histogram of quantized values (value → number of samples); values with
     * a count of zero or less (a bucket caught between two halves of a move) hold no sample.
     */
    public static Percentiles ofHistogram(NavigableMap<Long, Long> histogram, SampleScale scale) {
        long n = histogram.values().stream().mapToLong(c -> Math.max(c, 0)).sum();
        if (n == 0) {
            return NONE;
        }
        return new Percentiles(scale.toSeconds(atRank(histogram, rank(n, 50))),
                scale.toSeconds(atRank(histogram, rank(n, 90))), scale.toSeconds(atRank(histogram, rank(n, 99))));
    }

    private static long rank(long n, int p) {
        return Math.max((p * n + 99) / 100, 1);
    }

    private static long atRank(NavigableMap<Long, Long> histogram, long rank) {
        long seen = 0;
        for (Map.Entry<Long, Long> entry : histogram.entrySet()) {
            seen += Math.max(entry.getValue(), 0);
            if (seen >= rank) {
                return entry.getKey();
            }
        }
        return histogram.lastKey();
    }

    static Double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
