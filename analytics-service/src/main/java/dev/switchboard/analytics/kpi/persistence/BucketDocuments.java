package dev.switchboard.analytics.kpi.persistence;

import dev.switchboard.analytics.kpi.KpiBucket;
import dev.switchboard.analytics.kpi.KpiTotals;
import dev.switchboard.analytics.kpi.View;
import org.bson.Document;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A time bucket's document: {@code _id} ({@code <view>|<key>|<start epoch second>}), {@code view}, {@code start}, the
 * view's dimension fields ({@code team}, {@code agent}, {@code channel}, {@code priority}, {@code tier}),
 * {@code counts} (name → total), {@code samples} (name → quantized value → number of samples) and {@code applied}
 * (the tokens of the deltas added and not pruned yet, so that none is added twice), {@code fence} once tokens were
 * pruned (deltas read before it are refused); an all-time bucket also has {@code latest}, the latest moment of any
 * contribution it counted.
 */
final class BucketDocuments {

    static final String ID = "_id";
    static final String VIEW = "view";
    static final String START = "start";
    static final String COUNTS = "counts";
    static final String SAMPLES = "samples";
    static final String APPLIED = "applied";
    /** In an all-time bucket: the latest moment of anything it counted (bounds open-ended range queries). */
    static final String LATEST = "latest";
    /** Deltas read at or before this moment are refused: tokens of deltas cleared before it may have been pruned. */
    static final String FENCE = "fence";
    static final List<String> DIMENSIONS = List.of("team", "agent", "channel", "priority", "tier");

    private BucketDocuments() {
    }

    static String id(View view, Map<String, String> dimensions, long startEpochSecond) {
        return view.name() + "|" + View.key(dimensions) + "|" + startEpochSecond;
    }

    static KpiBucket fromDocument(Document document) {
        View view = View.valueOf(document.getString(VIEW));
        Map<String, String> dimensions = new LinkedHashMap<>();
        view.dimensionNames().forEach(name -> dimensions.put(name, document.getString(name)));
        KpiTotals totals = new KpiTotals();
        Document counts = document.get(COUNTS, Document.class);
        if (counts != null) {
            counts.forEach((name, total) -> totals.addCount(name, ((Number) total).longValue()));
        }
        Document samples = document.get(SAMPLES, Document.class);
        if (samples != null) {
            samples.forEach((name, histogram) -> ((Document) histogram).forEach((value, n) ->
                    totals.addSamples(name, Long.parseLong(value), ((Number) n).longValue())));
        }
        Date start = document.getDate(START);
        return new KpiBucket(start.toInstant(), View.key(dimensions), totals);
    }
}
