package dev.switchboard.analytics.kpi.persistence;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.analytics.fact.BucketWriter;
import dev.switchboard.analytics.fact.Contribution;
import dev.switchboard.analytics.fact.Contributions;
import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.analytics.kpi.BucketLevel;
import dev.switchboard.analytics.kpi.View;
import dev.switchboard.analytics.kpi.query.BucketQuery;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test-side access to the bucket store for the benchmark: the service's own {@link MongoKpiBuckets} over a database,
 * and a bulk loader that writes the buckets a set of facts leaves behind in the stored format (what the consumers would
 * have written, token arrays included) without going through one upsert per bucket and delta.
 */
public final class BenchmarkBuckets {

    private BenchmarkBuckets() {
    }

    /** The store the service uses, with its indexes; it is both the {@link BucketWriter} and the {@link BucketQuery}. */
    public static BucketWriter writer(MongoDatabase database, Duration timeout) {
        return store(database, timeout);
    }

    public static BucketQuery query(MongoDatabase database, Duration timeout) {
        return store(database, timeout);
    }

    public static MongoCollection<Document> collection(MongoDatabase database, BucketLevel level) {
        return database.getCollection(KpiPersistenceConfiguration.collectionName(level));
    }

    private static MongoKpiBuckets store(MongoDatabase database, Duration timeout) {
        Map<BucketLevel, MongoCollection<Document>> collections = new EnumMap<>(BucketLevel.class);
        for (BucketLevel level : BucketLevel.values()) {
            MongoCollection<Document> collection = collection(database, level);
            Flux.from(collection.createIndexes(List.of(
                    new IndexModel(Indexes.ascending(BucketDocuments.VIEW, BucketDocuments.START)),
                    new IndexModel(Indexes.ascending(BucketDocuments.START))))).blockLast(timeout);
            collections.put(level, collection);
        }
        return new MongoKpiBuckets(collections, database.getCollection(RetiredDeltas.COLLECTION), timeout);
    }

    /**
     * Writes the buckets of {@code level} holding the whole contributions of these facts, each with one token per
     * ticket that touched it (the service records one per fact version, so real arrays are longer); minute buckets
     * only from {@code minutesFrom} on, as retention would have left them.
     *
     * @return the number of bucket documents written
     */
    public static long load(MongoDatabase database, BucketLevel level, List<TicketFact> facts, Instant minutesFrom) {
        Map<String, Bucket> buckets = new HashMap<>();
        for (TicketFact fact : facts) {
            String token = fact.ticketId() + "@" + fact.version();
            for (Contribution contribution : Contributions.of(fact)) {
                if (level == BucketLevel.MINUTE && contribution.at().isBefore(minutesFrom)) {
                    continue;
                }
                Instant start = level.start(contribution.at());
                for (View view : View.values()) {
                    Map<String, String> dimensions = view.dimensions(contribution.cell());
                    buckets.computeIfAbsent(BucketDocuments.id(view, dimensions, start.getEpochSecond()),
                            id -> new Bucket(id, view, dimensions, start, level == BucketLevel.TOTAL))
                            .add(contribution, token);
                }
            }
        }
        MongoCollection<Document> collection = collection(database, level);
        List<Document> batch = new ArrayList<>();
        for (Bucket bucket : buckets.values()) {
            batch.add(bucket.toDocument());
            if (batch.size() == 2_000) {
                Mono.from(collection.insertMany(batch, new InsertManyOptions().ordered(false))).block();
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            Mono.from(collection.insertMany(batch, new InsertManyOptions().ordered(false))).block();
        }
        return buckets.size();
    }

    private static final class Bucket {
        private final String id;
        private final View view;
        private final Map<String, String> dimensions;
        private final Instant start;
        private final Map<String, Long> counts = new TreeMap<>();
        private final Map<String, Map<Long, Long>> samples = new TreeMap<>();
        private final List<String> applied = new ArrayList<>();
        private final boolean allTime;
        private Instant latest = Instant.EPOCH;

        Bucket(String id, View view, Map<String, String> dimensions, Instant start, boolean allTime) {
            this.allTime = allTime;
            this.id = id;
            this.view = view;
            this.dimensions = dimensions;
            this.start = start;
        }

        void add(Contribution contribution, String token) {
            if (contribution.at().isAfter(latest)) {
                latest = contribution.at();
            }
            if (contribution.kind() == Contribution.Kind.COUNT) {
                counts.merge(contribution.name(), contribution.value(), Long::sum);
            } else {
                samples.computeIfAbsent(contribution.name(), n -> new TreeMap<>())
                        .merge(contribution.value(), 1L, Long::sum);
            }
            if (applied.isEmpty() || !applied.getLast().equals(token)) {
                applied.add(token);
            }
        }

        Document toDocument() {
            Document document = new Document(BucketDocuments.ID, id).append(BucketDocuments.VIEW, view.name())
                    .append(BucketDocuments.START, Date.from(start));
            dimensions.forEach(document::append);
            Document countsDocument = new Document();
            counts.forEach((name, total) -> {
                if (total != 0) {
                    countsDocument.append(name, total);
                }
            });
            Document samplesDocument = new Document();
            samples.forEach((name, histogram) -> {
                Document values = new Document();
                histogram.forEach((value, n) -> values.append(Long.toString(value), n));
                samplesDocument.append(name, values);
            });
            if (allTime) {
                document.append(BucketDocuments.LATEST, Date.from(latest));
            }
            return document.append(BucketDocuments.COUNTS, countsDocument)
                    .append(BucketDocuments.SAMPLES, samplesDocument)
                    .append(BucketDocuments.APPLIED, applied);
        }
    }
}
