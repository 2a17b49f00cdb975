package dev.switchboard.analytics.fact.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A collection of documents keyed by {@code _id}, written with optimistic concurrency on {@code version} and holding
 * the bucket deltas not yet flushed in {@code pendingDeltas}: what ticket facts and agent timelines share. Every
 * filter names {@code _id} (the only index the Mongo stand-in answers from). Blocking on purpose: it is called from
 * the binder's consumer thread, which must not take the next record before this one is stored.
 */
public final class VersionedDocuments {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String PENDING_DELTAS = "pendingDeltas";

    private final MongoCollection<Document> collection;
    private final Duration timeout;

    public VersionedDocuments(MongoCollection<Document> collection, Duration timeout) {
        this.collection = collection;
        this.timeout = timeout;
    }

    public Optional<Document> find(String id) {
        return Mono.from(collection.find(Filters.eq(ID, id)).first()).blockOptional(timeout);
    }

    /** False when a document with that id exists already: another writer came first, read again. */
    public boolean insertIfAbsent(Document document) {
        try {
            Mono.from(collection.insertOne(document)).block(timeout);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** False when the stored version is no longer {@code expectedVersion}: another writer came first, read again. */
    public boolean replaceIfVersion(String id, long expectedVersion, Document document) {
        UpdateResult result = Mono.from(collection.replaceOne(
                Filters.and(Filters.eq(ID, id), Filters.eq(VERSION, expectedVersion)), document)).block(timeout);
        return result != null && result.getMatchedCount() == 1;
    }

    /**
     * Filtered by {@code _id} alone: the clear need not be conditional, since it only removes what is in the buckets
     * already; the increment is what makes every writer that read the document before it write again from a fresh
     * read.
     */
    public void clearPending(String id, List<Long> versions) {
        Mono.from(collection.updateOne(Filters.eq(ID, id), Updates.combine(
                Updates.pullByFilter(new Document(PENDING_DELTAS,
                        new Document(VERSION, new Document("$in", versions)))),
                Updates.inc(VERSION, 1L))))
                .block(timeout);
    }

    /** The versions of the deltas still pending, per document id, of the documents named. */
    public Map<String, List<Long>> pendingVersions(Collection<String> ids) {
        List<Document> found = Flux.from(collection.find(Filters.in(ID, Set.copyOf(ids)))
                        .projection(Projections.include(PENDING_DELTAS + "." + VERSION)))
                .collectList().block(timeout);
        Map<String, List<Long>> pending = new HashMap<>();
        (found == null ? List.<Document>of() : found).forEach(document -> pending.put(document.getString(ID),
                document.getList(PENDING_DELTAS, Document.class, List.of()).stream()
                        .map(delta -> delta.get(VERSION, Number.class).longValue()).toList()));
        return pending;
    }
}
