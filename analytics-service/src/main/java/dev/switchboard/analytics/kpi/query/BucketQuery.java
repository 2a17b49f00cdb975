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
}
