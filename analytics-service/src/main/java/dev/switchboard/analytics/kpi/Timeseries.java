package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.KpiNames;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A KPI per time bucket, one series per group (a single series keyed {@value #ALL} when not grouped). A bucket is
 * labelled with its start; the window is widened to whole buckets. The backlog (and the clocks at risk) of a point are
 * those at its bucket's end.
 */
public record Timeseries(TimeseriesMetric metric, Interval interval, Instant from, Instant to, GroupBy groupBy,
                         List<Series> series) {

    public static final String ALL = "all";

    public record Series(String key, List<Point> points) {
    }

    /** {@code value} is a whole number for counts, a fraction for rates and durations, null when nothing to measure. */
    public record Point(Instant at, Number value) {
    }

    /**
     * @param bucketsByKey  the window's buckets of the interval's level, per group key and bucket start
     * @param levelsAtEnd   the step counters summed up to the window's end (backlog, clocks at risk), per group key
     */
    public static Timeseries of(TimeseriesMetric metric, Interval interval, Instant from, Instant to, GroupBy groupBy,
                                Map<String, SortedMap<Instant, KpiTotals>> bucketsByKey,
                                Map<String, KpiTotals> levelsAtEnd) {
        TreeSet<String> keys = new TreeSet<>(bucketsByKey.keySet());
        levelsAtEnd.forEach((key, levels) -> {
            if (levels.count(KpiNames.BACKLOG_CHANGE) != 0 || levels.count(KpiNames.SIGNED_IN_CHANGE) != 0) {
                keys.add(key);
            }
        });
        if (groupBy == null) {
            keys.add(ALL);
        }
        BucketLevel level = BucketLevel.of(interval);
        List<Series> series = new ArrayList<>();
        for (String key : keys) {
            SortedMap<Instant, KpiTotals> buckets = bucketsByKey.getOrDefault(key, new TreeMap<>());
            List<Instant> starts = new ArrayList<>();
            for (Instant start = from; start.isBefore(to); start = level.next(start)) {
                starts.add(start);
            }
            Point[] points = new Point[starts.size()];
            KpiTotals levels = levelsAtEnd.getOrDefault(key, new KpiTotals()).countsOnly();
            for (int i = starts.size() - 1; i >= 0; i--) {
                Instant start = starts.get(i);
                KpiTotals totals = buckets.getOrDefault(start, new KpiTotals());
                Summary summary = Kpis.summary(start, level.next(start), totals, levels);
                points[i] = new Point(start, metric.valueOf(summary));
                levels.addCounts(totals, -1);
            }
            series.add(new Series(key, List.of(points)));
        }
        return new Timeseries(metric, interval, from, to, groupBy, series);
    }
}
