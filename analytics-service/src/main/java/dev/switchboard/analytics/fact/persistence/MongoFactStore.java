package dev.switchboard.analytics.fact.persistence;

import com.mongodb.reactivestreams.client.MongoCollection;
import dev.switchboard.analytics.fact.FactStore;
import dev.switchboard.analytics.fact.PendingDelta;
import dev.switchboard.analytics.fact.TicketFact;
import org.bson.Document;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The facts collection, one document per ticket keyed by ticket id (see {@link VersionedDocuments}). */
final class MongoFactStore implements FactStore {

    private final VersionedDocuments facts;

    MongoFactStore(MongoCollection<Document> facts, Duration timeout) {
        this.facts = new VersionedDocuments(facts, timeout);
    }

    @Override
    public Optional<TicketFact> find(String ticketId) {
        return facts.find(ticketId).map(FactDocuments::fromDocument);
    }

    @Override
    public boolean insert(TicketFact fact) {
        return facts.insertIfAbsent(FactDocuments.toDocument(fact));
    }

    @Override
    public boolean replace(TicketFact fact, long expectedVersion) {
        return facts.replaceIfVersion(fact.ticketId(), expectedVersion, FactDocuments.toDocument(fact));
    }

    @Override
    public void clearPending(String ticketId, List<Long> versions) {
        facts.clearPending(ticketId, versions);
    }

    @Override
    public Set<String> pendingTokens(Collection<String> ticketIds) {
        Set<String> tokens = new HashSet<>();
        facts.pendingVersions(ticketIds).forEach((ticketId, versions) -> versions
                .forEach(version -> tokens.add(new PendingDelta(version, Map.of()).token(ticketId))));
        return tokens;
    }
}
