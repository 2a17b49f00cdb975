package dev.switchboard.local.bench;

import java.util.Arrays;
import java.util.Collection;

/** Exact nearest-rank percentiles, the same definition analytics-service uses for its KPIs. */
public final class Percentiles {

    private final long[] sorted;

    public Percentiles(Collection<Long> values) {
        this.sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    public Percentiles(long[] values) {
        this.sorted = values.clone();
        Arrays.sort(this.sorted);
    }

    /** @param p in (0, 100]; the smallest value with at least p % of the values at or below it */
    public long at(double p) {
        if (sorted.length == 0) {
            throw new IllegalStateException("no values");
        }
        if (!(p > 0 && p <= 100)) {
            throw new IllegalArgumentException("p must be in (0, 100], was " + p);
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public int count() {
        return sorted.length;
    }

    public boolean isEmpty() {
        return sorted.length == 0;
    }
}
