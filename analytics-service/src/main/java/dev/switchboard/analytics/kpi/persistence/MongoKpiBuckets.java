package dev.switchboard.analytics.kpi.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.MongoWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.WriteModel;
import com.mongodb.reactivestreams.client.MongoCollection;
import dev.switchboard.analytics.fact.BucketWriter;
import dev.switchboard.analytics.fact.Contribution;
import dev.switchboard.analytics.fact.PendingDelta;
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

/**
 * The time buckets, one collection per {@link BucketLevel}. A delta becomes one upsert per touched bucket that adds
 * with {@code $inc} (so concurrent writers never lose each other's counts) and records the delta's token in the same
 * document, guarded by a filter on the token's absence: a second attempt with the same token finds no document
 * without it, tries to insert one with the same {@code _id}, and is refused as a duplicate, which here means "done".
 */
final class MongoKpiBuckets implements BucketWriter, BucketQuery {

    private final Map<BucketLevel, MongoCollection<Document>> collections;
    private final Duration timeout;

    MongoKpiBuckets(Map<BucketLevel, MongoCollection<Document>> collections, Duration timeout) {
        this.collections = new EnumMap<>(collections);
        this.timeout = timeout;
    }

    @Override
    public void apply(String token, PendingDelta delta) {
        for (BucketLevel level : BucketLevel.values()) {
            List<WriteModel<Document>> updates = updates(level, token, delta);
            if (!updates.isEmpty()) {
                write(collections.get(level), updates);
            }
        }
    }

    private static List<WriteModel<Document>> updates(BucketLevel level, String token, PendingDelta delta) {
        Map<String, BucketChange> byId = new LinkedHashMap<>();
        delta.changes().forEach((contribution, times) -> {
            Instant start = level.start(contribution.at());
            for (View view : View.values()) {
                Map<String, String> dimensions = view.dimensions(contribution.cell());
                String id = BucketDocuments.id(view, dimensions, start.getEpochSecond());
                byId.computeIfAbsent(id, k -> new BucketChange(view, dimensions, start)).add(contribution, times);
            }
        });
        List<WriteModel<Document>> updates = new ArrayList<>();
        byId.forEach((id, change) -> {
            if (!change.increments.isEmpty()) {
                updates.add(new UpdateOneModel<>(
                        Filters.and(Filters.eq(BucketDocuments.ID, id), Filters.ne(BucketDocuments.APPLIED, token)),
                        new Document("$inc", change.increments)
                                .append("$setOnInsert", change.identity())
                                .append("$push", new Document(BucketDocuments.APPLIED, token)),
                        new UpdateOptions().upsert(true)));
            }
        });
        return updates;
    }

    private void write(MongoCollection<Document> collection, List<WriteModel<Document>> updates) {
        try {
            Mono.from(collection.bulkWrite(updates, new BulkWriteOptions().ordered(false))).block(timeout);
        } catch (MongoBulkWriteException e) {
            List<BulkWriteError> others = e.getWriteErrors().stream()
                    .filter(error -> ErrorCategory.fromErrorCode(error.getCode()) != ErrorCategory.DUPLICATE_KEY)
                    .toList();
            if (!others.isEmpty() || e.getWriteConcernError() != null) {
                throw e;
            }
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    @Override
    public Flux<KpiBucket> find(BucketLevel level, View view, Map<String, String> dimensions, Instant from,
                                Instant to) {
        List<Bson> criteria = new ArrayList<>();
        criteria.add(Filters.eq(BucketDocuments.VIEW, view.name()));
        dimensions.forEach((name, value) -> criteria.add(Filters.eq(name, value)));
        if (level != BucketLevel.TOTAL) {
            criteria.add(Filters.gte(BucketDocuments.START, Date.from(from)));
            criteria.add(Filters.lt(BucketDocuments.START, Date.from(to)));
        }
        return Flux.from(collections.get(level).find(Filters.and(criteria))
                        .projection(new Document(BucketDocuments.APPLIED, 0)))
                .map(BucketDocuments::fromDocument);
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

        BucketChange(View view, Map<String, String> dimensions, Instant start) {
            this.view = view;
            this.dimensions = dimensions;
            this.start = start;
        }

        void add(Contribution contribution, long times) {
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
