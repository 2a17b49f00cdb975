package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.TicketFact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A KPI per time bucket, one series per group (a single series keyed {@value #ALL} when not grouped). A bucket is
 * labelled with its start; the first and last may be cut by the window, and only moments inside the window count.
 */
public record Timeseries(TimeseriesMetric metric, Interval interval, Instant from, Instant to, GroupBy groupBy,
                         List<Series> series) {

    public static final String ALL = "all";

    public record Series(String key, List<Point> points) {
    }

    public record Point(Instant at, long value) {
    }

    public static Timeseries of(Collection<TicketFact> facts, TimeseriesMetric metric, Interval interval,
                                TimeWindow window, GroupBy groupBy) {
        Map<String, List<TicketFact>> groups = groupBy == null
                ? Map.of(ALL, List.copyOf(facts))
                : facts.stream().collect(Collectors.groupingBy(groupBy::keyOf, TreeMap::new, Collectors.toList()));
        List<Series> series = groups.entrySet().stream()
                .map(group -> new Series(group.getKey(), points(group.getValue(), metric, interval, window)))
                .toList();
        return new Timeseries(metric, interval, window.from(), window.to(), groupBy, series);
    }

    private static List<Point> points(List<TicketFact> facts, TimeseriesMetric metric, Interval interval,
                                      TimeWindow window) {
        List<Point> points = new ArrayList<>();
        for (Instant start = interval.bucketStart(window.from()); start.isBefore(window.to());
             start = interval.next(start)) {
            Instant bucketFrom = start.isBefore(window.from()) ? window.from() : start;
            Instant end = interval.next(start);
            Instant bucketTo = end.isAfter(window.to()) ? window.to() : end;
            points.add(new Point(start, metric.valueIn(facts, new TimeWindow(bucketFrom, bucketTo))));
        }
        return points;
    }
}
