package dev.switchboard.analytics.fact.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import dev.switchboard.analytics.fact.FactStore;
import dev.switchboard.analytics.fact.PendingDelta;
import dev.switchboard.analytics.fact.TicketFact;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The facts collection, one document per ticket keyed by ticket id. Blocking on purpose: it is called from the
 * binder's consumer thread, which must not take the next record before this one is stored.
 */
final class MongoFactStore implements FactStore {

    private final MongoCollection<Document> facts;
    private final Duration timeout;

    MongoFactStore(MongoCollection<Document> facts, Duration timeout) {
        this.facts = facts;
        this.timeout = timeout;
    }

    @Override
    public Optional<TicketFact> find(String ticketId) {
        return Mono.from(facts.find(Filters.eq(FactDocuments.ID, ticketId)).first())
                .map(FactDocuments::fromDocument)
                .blockOptional(timeout);
    }

    @Override
    public boolean insert(TicketFact fact) {
        try {
            Mono.from(facts.insertOne(FactDocuments.toDocument(fact))).block(timeout);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean replace(TicketFact fact, long expectedVersion) {
        UpdateResult result = Mono.from(facts.replaceOne(
                        Filters.and(Filters.eq(FactDocuments.ID, fact.ticketId()),
                                Filters.eq(FactDocuments.VERSION, expectedVersion)),
                        FactDocuments.toDocument(fact)))
                .block(timeout);
        return result != null && result.getMatchedCount() == 1;
    }

    /**
     * Filtered by {@code _id} alone (the stand-in answers only that from an index): the clear need not be conditional,
     * since it only removes what is in the buckets already; the increment is what makes every writer that read the
     * fact before it write again from a fresh read.
     */
    @Override
    public void clearPending(String ticketId, List<Long> versions) {
        Mono.from(facts.updateOne(Filters.eq(FactDocuments.ID, ticketId), Updates.combine(
                Updates.pullByFilter(new Document(FactDocuments.PENDING_DELTAS,
                        new Document(FactDocuments.VERSION, new Document("$in", versions)))),
                Updates.inc(FactDocuments.VERSION, 1L))))
                .block(timeout);
    }

    @Override
    public Set<String> pendingTokens(Collection<String> ticketIds) {
        List<Document> found = Flux.from(facts.find(Filters.in(FactDocuments.ID, Set.copyOf(ticketIds)))
                        .projection(Projections.include(FactDocuments.PENDING_DELTAS + "." + FactDocuments.VERSION)))
                .collectList().block(timeout);
        Set<String> tokens = new HashSet<>();
        (found == null ? List.<Document>of() : found).forEach(fact -> fact
                .getList(FactDocuments.PENDING_DELTAS, Document.class, List.of())
                .forEach(delta -> tokens.add(new PendingDelta(delta.get(FactDocuments.VERSION, Number.class)
                        .longValue(), Map.of()).token(fact.getString(FactDocuments.ID)))));
        return tokens;
    }
}
