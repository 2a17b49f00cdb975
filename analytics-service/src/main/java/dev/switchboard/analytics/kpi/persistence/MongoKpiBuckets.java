package dev.switchboard.analytics.kpi.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import dev.switchboard.analytics.fact.BucketWriter;
import dev.switchboard.analytics.fact.Contribution;
import dev.switchboard.analytics.fact.PendingDelta;
import dev.switchboard.analytics.fact.StaleDeltaException;
import dev.switchboard.analytics.kpi.BucketLevel;
import dev.switchboard.analytics.kpi.KpiBucket;
import dev.switchboard.analytics.kpi.View;
import dev.switchboard.analytics.kpi.query.BucketQuery;
import org.bson.Document;
import org.bson.conversions.Bson;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The time buckets, one collection per {@link BucketLevel}. A delta becomes one upsert per touched bucket that adds
 * with {@code $inc} (so concurrent writers never lose each other's counts) and records the delta's token in the same
 * document, guarded by a filter on the token's absence: a second attempt with the same token finds no document
 * without it, tries to insert one with the same {@code _id}, and is refused as a duplicate, which here means "done".
 * Tokens are pruned by {@link TokenPruner} once their delta is cleared; a bucket then keeps a {@code fence} and
 * refuses every delta read before it, so that a stale copy of a pruned delta cannot count twice.
 */
final class MongoKpiBuckets implements BucketWriter, BucketQuery {

    /** The most buckets fetched by id in one query (a time series' default maximum of points); more are scanned. */
    private static final int MAX_IDS = 2_000;
    /** A query never needs the tokens: they only keep a delta from being added twice. */
    private static final Bson WITHOUT_TOKENS = Projections.exclude(BucketDocuments.APPLIED);
    private static final Bson COUNTS_ONLY = Projections.exclude(BucketDocuments.APPLIED, BucketDocuments.SAMPLES);

    private final Map<BucketLevel, MongoCollection<Document>> collections;
    private final MongoCollection<Document> retired;
    private final Duration timeout;

    /** @param retired the deltas whose tokens are to be pruned ({@link RetiredDeltas}) */
    MongoKpiBuckets(Map<BucketLevel, MongoCollection<Document>> collections, MongoCollection<Document> retired,
                    Duration timeout) {
        this.collections = new EnumMap<>(collections);
        this.retired = retired;
        this.timeout = timeout;
    }

    MongoCollection<Document> collection(BucketLevel level) {
        return collections.get(level);
    }

    MongoCollection<Document> retired() {
        return retired;
    }

    Duration timeout() {
        return timeout;
    }

    @Override
    public void apply(String token, PendingDelta delta, Instant readAt) {
        for (BucketLevel level : BucketLevel.values()) {
            Map<String, UpdateOneModel<Document>> updates = updates(level, token, delta, readAt);
            if (!updates.isEmpty()) {
                List<String> refused = write(collections.get(level), List.copyOf(updates.keySet()),
                        List.copyOf(updates.values()));
                if (!refused.isEmpty() && fencedSince(level, refused, readAt)) {
                    throw new StaleDeltaException(token);
                }
            }
        }
    }

    /**
     * One document per delta ({@code _id} its token) naming the buckets that hold its token; {@link TokenPruner}
     * removes the token from them once the delta is cleared from its owner.
     */
    @Override
    public void retire(String owner, String token, PendingDelta delta) {
        Document buckets = new Document();
        for (BucketLevel level : BucketLevel.values()) {
            buckets.append(level.name(), List.copyOf(bucketChanges(level, delta).keySet()));
        }
        Document retirement = new Document(BucketDocuments.ID, token)
                .append(RetiredDeltas.OWNER, owner)
                .append(RetiredDeltas.DUE, Date.from(Instant.EPOCH))
                .append(RetiredDeltas.BUCKETS, buckets);
        try {
            Mono.from(retired.insertOne(retirement)).block(timeout);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    /** The upserts by bucket id. */
    private static Map<String, UpdateOneModel<Document>> updates(BucketLevel level, String token,
                                                                 PendingDelta delta, Instant readAt) {
        Map<String, UpdateOneModel<Document>> updates = new LinkedHashMap<>();
        bucketChanges(level, delta).forEach((id, change) -> {
            if (!change.increments.isEmpty()) {
                // a bucket fenced at or after the read refuses: the token may have been pruned since
                updates.put(id, new UpdateOneModel<>(
                        Filters.and(Filters.eq(BucketDocuments.ID, id), Filters.ne(BucketDocuments.APPLIED, token),
                                Filters.not(Filters.gte(BucketDocuments.FENCE, Date.from(readAt)))),
                        change.update(token),
                        new UpdateOptions().upsert(true)));
            }
        });
        return updates;
    }

    private static Map<String, BucketChange> bucketChanges(BucketLevel level, PendingDelta delta) {
        Map<String, BucketChange> byId = new LinkedHashMap<>();
        delta.changes().forEach((contribution, times) -> {
            Instant start = level.start(contribution.at());
            for (View view : View.values()) {
                if (!view.keeps(contribution)) {
                    continue;
                }
                Map<String, String> dimensions = view.dimensions(contribution.cell());
                String id = BucketDocuments.id(view, dimensions, start.getEpochSecond());
                byId.computeIfAbsent(id, k -> new BucketChange(view, dimensions, start, level == BucketLevel.TOTAL))
                        .add(contribution, times);
            }
        });
        return byId;
    }

    /**
     * Writes the upserts; a duplicate key means the filter found no document to update although one exists: it holds
     * the token already, or it is fenced against this read.
     *
     * @return the ids of the buckets that refused
     */
    private List<String> write(MongoCollection<Document> collection, List<String> ids,
                               List<UpdateOneModel<Document>> updates) {
        try {
            Mono.from(collection.bulkWrite(updates, new BulkWriteOptions().ordered(false))).block(timeout);
            return List.of();
        } catch (MongoBulkWriteException e) {
            List<BulkWriteError> others = e.getWriteErrors().stream()
                    .filter(error -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)
                    .toList();
            if (!others.isEmpty() || e.getWriteConcernError() != null) {
                throw e;
            }
            return e.getWriteErrors().stream().map(error -> ids.get(error.getIndex())).toList();
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
            return ids;
        }
    }

    /** Whether any of these buckets is fenced at or after {@code readAt} (read by {@code _id}: no scan). */
    private boolean fencedSince(BucketLevel level, List<String> ids, Instant readAt) {
        List<Document> fenced = Flux.from(collections.get(level).find(Filters.in(BucketDocuments.ID, ids))
                        .projection(new Document(BucketDocuments.FENCE, 1)))
                .filter(bucket -> bucket.getDate(BucketDocuments.FENCE) != null
                        && !bucket.getDate(BucketDocuments.FENCE).toInstant().isBefore(readAt))
                .collectList().block(timeout);
        return fenced != null && !fenced.isEmpty();
    }

    /**
     * Buckets whose key the query names completely (the {@code ALL} view, or a view filtered by all of its dimensions:
     * every summary with at most one filter) are fetched by their {@code _id}s, which both MongoDB and the stand-in
     * answer from the primary index; the stand-in ignores secondary indexes and would scan every bucket of the level.
     * An open-ended range ends at the latest bucket the view key has, which its all-time bucket records.
     */
    @Override
    public Flux<KpiBucket> find(BucketLevel level, View view, Map<String, String> dimensions, Instant from,
                                Instant to) {
        return find(level, view, dimensions, from, to, WITHOUT_TOKENS);
    }

    /** Leaves the samples in the store as well: the stand-in and MongoDB send and the driver decodes only counts. */
    @Override
    public Flux<KpiBucket> findCounts(BucketLevel level, View view, Map<String, String> dimensions, Instant from,
                                      Instant to) {
        return find(level, view, dimensions, from, to, COUNTS_ONLY);
    }

    private Flux<KpiBucket> find(BucketLevel level, View view, Map<String, String> dimensions, Instant from,
                                 Instant to, Bson projection) {
        if (!dimensions.keySet().containsAll(view.dimensionNames())) {
            return scan(level, view, dimensions, from, to, projection);
        }
        Map<String, String> key = new LinkedHashMap<>();
        view.dimensionNames().forEach(name -> key.put(name, dimensions.get(name)));
        if (level == BucketLevel.TOTAL) {
            return byIds(level, List.of(BucketDocuments.id(view, key, Instant.EPOCH.getEpochSecond())), projection);
        }
        if (count(level, from, to) <= MAX_IDS) {
            return byIds(level, ids(level, view, key, from, to), projection);
        }
        return Mono.from(collections.get(BucketLevel.TOTAL)
                        .find(Filters.eq(BucketDocuments.ID, BucketDocuments.id(view, key, 0)))
                        .projection(new Document(BucketDocuments.LATEST, 1)).first())
                .map(total -> Optional.ofNullable(total.getDate(BucketDocuments.LATEST)))
                .defaultIfEmpty(Optional.of(Date.from(Instant.EPOCH)))
                .flatMapMany(latest -> {
                    // buckets written before the latest start was recorded: scan
                    if (latest.isEmpty()) {
                        return scan(level, view, dimensions, from, to, projection);
                    }
                    Instant end = level.next(level.start(latest.get().toInstant()));
                    Instant bounded = end.isBefore(to) ? end : to;
                    if (!from.isBefore(bounded)) {
                        return Flux.empty();
                    }
                    return count(level, from, bounded) <= MAX_IDS
                            ? byIds(level, ids(level, view, key, from, bounded), projection)
                            : scan(level, view, dimensions, from, bounded, projection);
                });
    }

    private Flux<KpiBucket> byIds(BucketLevel level, List<String> ids, Bson projection) {
        if (ids.isEmpty()) {
            return Flux.empty();
        }
        return Flux.from(collections.get(level).find(Filters.in(BucketDocuments.ID, ids))
                        .projection(projection))
                .map(BucketDocuments::fromDocument);
    }

    private Flux<KpiBucket> scan(BucketLevel level, View view, Map<String, String> dimensions, Instant from,
                                 Instant to, Bson projection) {
        List<Bson> criteria = new ArrayList<>();
        criteria.add(Filters.eq(BucketDocuments.VIEW, view.name()));
        dimensions.forEach((name, value) -> criteria.add(Filters.eq(name, value)));
        if (level != BucketLevel.TOTAL) {
            criteria.add(Filters.gte(BucketDocuments.START, Date.from(from)));
            criteria.add(Filters.lt(BucketDocuments.START, Date.from(to)));
        }
        return Flux.from(collections.get(level).find(Filters.and(criteria))
                        .projection(projection))
                .map(BucketDocuments::fromDocument);
    }

    /** How many buckets of the level start in [from, to). */
    private static long count(BucketLevel level, Instant from, Instant to) {
        Instant first = level.ceil(from);
        if (!first.isBefore(to)) {
            return 0;
        }
        long unitSeconds = level.next(Instant.EPOCH).getEpochSecond();
        return (to.getEpochSecond() - first.getEpochSecond() + unitSeconds - 1) / unitSeconds;
    }

    private static List<String> ids(BucketLevel level, View view, Map<String, String> key, Instant from,
                                    Instant to) {
        List<String> ids = new ArrayList<>();
        for (Instant start = level.ceil(from); start.isBefore(to); start = level.next(start)) {
            ids.add(BucketDocuments.id(view, key, start.getEpochSecond()));
        }
        return ids;
    }

    long deleteBefore(BucketLevel level, Instant horizon) {
        var result = Mono.from(collections.get(level).deleteMany(Filters.lt(BucketDocuments.START, Date.from(horizon))))
                .block(timeout);
        return result == null ? 0 : result.getDeletedCount();
    }

    /** What one delta adds to one bucket. */
    private static final class BucketChange {
        private final View view;
        private final Map<String, String> dimensions;
        private final Instant start;
        private final Document increments = new Document();
        private final boolean allTime;
        private Instant latest;

        BucketChange(View view, Map<String, String> dimensions, Instant start, boolean allTime) {
            this.allTime = allTime;
            this.view = view;
            this.dimensions = dimensions;
            this.start = start;
        }

        /** The all-time bucket also records the latest moment it has counted, which bounds open-ended queries. */
        Document update(String token) {
            Document update = new Document("$inc", increments)
                    .append("$setOnInsert", identity())
                    .append("$push", new Document(BucketDocuments.APPLIED, token));
            if (allTime && latest != null) {
                update.append("$max", new Document(BucketDocuments.LATEST, Date.from(latest)));
            }
            return update;
        }

        void add(Contribution contribution, long times) {
            if (latest == null || contribution.at().isAfter(latest)) {
                latest = contribution.at();
            }
            String field = contribution.kind() == Contribution.Kind.COUNT
                    ? BucketDocuments.COUNTS + "." + contribution.name()
                    : BucketDocuments.SAMPLES + "." + contribution.name() + "." + contribution.value();
            long amount = contribution.kind() == Contribution.Kind.COUNT ? contribution.value() * times : times;
            long total = ((Number) increments.getOrDefault(field, 0L)).longValue() + amount;
            if (total == 0) {
                increments.remove(field);
            } else {
                increments.put(field, total);
            }
        }

        Document identity() {
            Document identity = new Document(BucketDocuments.VIEW, view.name()).append(BucketDocuments.START,
                    Date.from(start));
            dimensions.forEach(identity::append);
            return identity;
        }
    }
}
