package dev.switchboard.analytics.kpi.query;

import dev.switchboard.analytics.kpi.BucketLevel;
import dev.switchboard.analytics.kpi.KpiBucket;
import dev.switchboard.analytics.kpi.View;
import reactor.core.publisher.Flux;

import java.time.Instant;
import java.util.Map;

/** Reads stored time buckets. */
public interface BucketQuery {

    /**
     * The buckets of {@code view} at {@code level} whose start lies in [from, to) and whose dimension values equal
     * {@code dimensions} (only those given); for {@link BucketLevel#TOTAL} the range is ignored.
     */
    Flux<KpiBucket> find(BucketLevel level, View view, Map<String, String> dimensions, Instant from, Instant to);

    /**
     * The same buckets with their counters only. The step levels (backlog, clocks at risk) need no samples, and they
     * are read from the all-time buckets, whose histograms are the largest a query would otherwise decode.
     */
    default Flux<KpiBucket> findCounts(BucketLevel level, View view, Map<String, String> dimensions, Instant from,
                                       Instant to) {
        return find(level, view, dimensions, from, to)
                .map(bucket -> new KpiBucket(bucket.start(), bucket.key(), bucket.totals().countsOnly()));
    }
}
