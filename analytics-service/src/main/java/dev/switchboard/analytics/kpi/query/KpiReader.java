package dev.switchboard.analytics.kpi.query;

import dev.switchboard.analytics.fact.KpiNames;
import dev.switchboard.analytics.kpi.AgentRow;
import dev.switchboard.analytics.kpi.BucketLevel;
import dev.switchboard.analytics.kpi.FactFilter;
import dev.switchboard.analytics.kpi.GroupBy;
import dev.switchboard.analytics.kpi.Interval;
import dev.switchboard.analytics.kpi.KpiBucket;
import dev.switchboard.analytics.kpi.KpiTotals;
import dev.switchboard.analytics.kpi.Kpis;
import dev.switchboard.analytics.kpi.Retention;
import dev.switchboard.analytics.kpi.Segment;
import dev.switchboard.analytics.kpi.Summary;
import dev.switchboard.analytics.kpi.TimeWindow;
import dev.switchboard.analytics.kpi.Timeseries;
import dev.switchboard.analytics.kpi.TimeseriesMetric;
import dev.switchboard.analytics.kpi.View;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Answers KPI queries from the stored buckets: a window is tiled with the fewest buckets (days, hours, minutes at the
 * ends), their totals merged, and the backlog at a moment derived from the all-time totals minus what changed since.
 */
public final class KpiReader {

    private static final Map<String, String> NO_DIMENSIONS = Map.of();

    private final BucketQuery buckets;
    private final Retention retention;
    private final Clock clock;

    public KpiReader(BucketQuery buckets, Retention retention, Clock clock) {
        this.buckets = buckets;
        this.retention = retention;
        this.clock = clock;
    }

    public Retention retention() {
        return retention;
    }

    public Mono<Summary> summary(FactFilter filter, TimeWindow requested) {
        TimeWindow window = retention.align(requested, clock.instant());
        View view = View.answering(filter);
        Map<String, String> dimensions = filter.dimensions();
        Mono<KpiTotals> totals = totalsByKey(view, dimensions, window.from(), window.to())
                .map(KpiReader::sum);
        Mono<KpiTotals> levels = levelsAt(view, dimensions, window.to()).map(KpiReader::sum);
        return Mono.zip(totals, levels)
                .map(both -> Kpis.summary(window.from(), window.to(), both.getT1(), both.getT2()));
    }

    public Mono<List<AgentRow>> agents(TimeWindow requested) {
        TimeWindow window = retention.align(requested, clock.instant());
        // the levels at the end: an agent signed in all window long has no step in it
        return Mono.zip(totalsByKey(View.AGENT, NO_DIMENSIONS, window.from(), window.to()),
                        levelsAt(View.AGENT, NO_DIMENSIONS, window.to()))
                .map(both -> {
                    Set<String> agents = new TreeSet<>(both.getT1().keySet());
                    both.getT2().forEach((agent, levels) -> {
                        if (levels.count(KpiNames.SIGNED_IN_CHANGE) != 0) {
                            agents.add(agent);
                        }
                    });
                    agents.remove(View.UNKNOWN);
                    return agents.stream()
                            .map(agent -> AgentRow.of(agent, Kpis.summary(window.from(), window.to(),
                                    both.getT1().getOrDefault(agent, new KpiTotals()),
                                    both.getT2().getOrDefault(agent, new KpiTotals()))))
                            .filter(AgentRow::hasFigures)
                            .sorted(Comparator.comparing(AgentRow::agentId))
                            .toList();
                });
    }

    public Mono<Timeseries> timeseries(TimeseriesMetric metric, Interval interval, TimeWindow requested,
                                       GroupBy groupBy) {
        BucketLevel level = BucketLevel.of(interval);
        Instant from = level.start(requested.from());
        Instant to = level.ceil(requested.to());
        View view = groupBy == null ? View.ALL : groupBy.view();
        Mono<Map<String, SortedMap<Instant, KpiTotals>>> byKey = buckets
                .find(level, view, NO_DIMENSIONS, from, to)
                .<Map<String, SortedMap<Instant, KpiTotals>>>collect(HashMap::new, (map, bucket) -> map
                        .computeIfAbsent(seriesKey(view, bucket.key()), k -> new TreeMap<>())
                        .merge(bucket.start(), bucket.totals(), KpiTotals::add));
        Mono<Map<String, KpiTotals>> levels = levelsAt(view, NO_DIMENSIONS, to).map(perKey -> {
            Map<String, KpiTotals> renamed = new HashMap<>();
            perKey.forEach((key, value) -> renamed.computeIfAbsent(seriesKey(view, key), k -> new KpiTotals())
                    .addCounts(value, 1));
            return renamed;
        });
        return Mono.zip(byKey, levels).map(both ->
                Timeseries.of(metric, interval, from, to, groupBy, both.getT1(), both.getT2()));
    }

    /** Whether buckets of this interval are still kept for a window starting at {@code from}. */
    public boolean keeps(Interval interval, Instant from) {
        return BucketLevel.of(interval).compareTo(retention.finestAt(from, clock.instant())) >= 0;
    }

    /**
     * The KPIs of every value of a dimension over the window, by its key ({@value View#UNKNOWN} for tickets without
     * one), with the backlog and the clocks at risk at the window's end.
     */
    public Mono<Map<String, Summary>> summariesBy(GroupBy groupBy, TimeWindow requested) {
        TimeWindow window = retention.align(requested, clock.instant());
        View view = groupBy.view();
        return Mono.zip(totalsByKey(view, NO_DIMENSIONS, window.from(), window.to()),
                        levelsAt(view, NO_DIMENSIONS, window.to()))
                .map(both -> {
                    Map<String, Summary> byKey = new HashMap<>();
                    Set<String> keys = new TreeSet<>(both.getT1().keySet());
                    keys.addAll(both.getT2().keySet());
                    keys.forEach(key -> byKey.put(key, Kpis.summary(window.from(), window.to(),
                            both.getT1().getOrDefault(key, new KpiTotals()),
                            both.getT2().getOrDefault(key, new KpiTotals()))));
                    return byKey;
                });
    }

    /**
     * The step counters (backlog, clocks at risk) summed up to {@code at} (a bucket boundary of a kept level) per
     * view key: all steps ever, less those at or after {@code at}.
     */
    private Mono<Map<String, KpiTotals>> levelsAt(View view, Map<String, String> dimensions, Instant at) {
        Mono<Map<String, KpiTotals>> ever = buckets.findCounts(BucketLevel.TOTAL, view, dimensions, Instant.EPOCH,
                        Instant.EPOCH)
                .<Map<String, KpiTotals>>collect(HashMap::new, (map, bucket) ->
                        map.computeIfAbsent(bucket.key(), k -> new KpiTotals()).addCounts(bucket.totals(), 1));
        Mono<Map<String, KpiTotals>> since = byKey(Flux.fromIterable(Segment.tiling(at, Segment.END_OF_TIME))
                .flatMap(segment -> buckets.findCounts(segment.level(), view, dimensions, segment.from(),
                        segment.to())));
        return Mono.zip(ever, since).map(both -> {
            Map<String, KpiTotals> levels = new HashMap<>(both.getT1());
            both.getT2().forEach((key, totals) ->
                    levels.computeIfAbsent(key, k -> new KpiTotals()).addCounts(totals, -1));
            return levels;
        });
    }

    private Mono<Map<String, KpiTotals>> totalsByKey(View view, Map<String, String> dimensions, Instant from,
                                                     Instant to) {
        return byKey(Flux.fromIterable(Segment.tiling(from, to))
                .flatMap(segment -> buckets.find(segment.level(), view, dimensions, segment.from(), segment.to())));
    }

    private static Mono<Map<String, KpiTotals>> byKey(Flux<KpiBucket> buckets) {
        return buckets.collect(HashMap::new, (map, bucket) ->
                map.computeIfAbsent(bucket.key(), k -> new KpiTotals()).add(bucket.totals()));
    }

    /** The totals of every key together; one key's are already that (this query built them, nobody shares them). */
    private static KpiTotals sum(Map<String, KpiTotals> byKey) {
        if (byKey.size() == 1) {
            return byKey.values().iterator().next();
        }
        KpiTotals sum = new KpiTotals();
        byKey.values().forEach(sum::add);
        return sum;
    }

    private static String seriesKey(View view, String key) {
        return view == View.ALL ? Timeseries.ALL : key;
    }
}
