package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.Contribution;
import dev.switchboard.analytics.fact.SampleScale;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The sums of one or more time buckets: a total per counter and, per duration, a sparse histogram (quantized value →
 * number of samples). Adding two totals is exact, so any set of buckets merges into the totals of all their tickets.
 * Not thread-safe: one query builds one.
 */
public final class KpiTotals {

    private final Map<String, Long> counts = new HashMap<>();
    private final Map<String, TreeMap<Long, Long>> samples = new HashMap<>();

    public KpiTotals addCount(String name, long amount) {
        counts.merge(name, amount, Long::sum);
        return this;
    }

    public KpiTotals addSamples(String name, long value, long howMany) {
        samples.computeIfAbsent(name, n -> new TreeMap<>()).merge(value, howMany, Long::sum);
        return this;
    }

    public KpiTotals add(Contribution contribution, long times) {
        return contribution.kind() == Contribution.Kind.COUNT
                ? addCount(contribution.name(), contribution.value() * times)
                : addSamples(contribution.name(), contribution.value(), times);
    }

    public KpiTotals add(KpiTotals other) {
        other.counts.forEach(this::addCount);
        other.samples.forEach((name, histogram) -> histogram.forEach((value, n) -> addSamples(name, value, n)));
        return this;
    }

    /** Adds {@code sign} times the other's counters (not its samples): steps summed or taken back. */
    public KpiTotals addCounts(KpiTotals other, long sign) {
        other.counts.forEach((name, amount) -> addCount(name, sign * amount));
        return this;
    }

    /** A copy of the counters only. */
    public KpiTotals countsOnly() {
        return new KpiTotals().addCounts(this, 1);
    }

    public long count(String name) {
        return counts.getOrDefault(name, 0L);
    }

    public NavigableMap<Long, Long> histogram(String name) {
        return Collections.unmodifiableNavigableMap(samples.getOrDefault(name, new TreeMap<>()));
    }

    public Percentiles percentiles(SampleScale scale) {
        return Percentiles.ofHistogram(histogram(scale.sampleName()), scale);
    }
}
