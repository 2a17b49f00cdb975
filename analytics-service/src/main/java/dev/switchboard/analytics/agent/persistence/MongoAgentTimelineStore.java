package dev.switchboard.analytics.agent.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import com.mongodb.reactivestreams.client.MongoCollection;
import dev.switchboard.analytics.agent.AgentTimeline;
import dev.switchboard.analytics.agent.AgentTimeline.Mark;
import dev.switchboard.analytics.agent.AgentTimeline.TicketHandling;
import dev.switchboard.analytics.agent.AgentTimelineStore;
import dev.switchboard.analytics.fact.HandlingInterval;
import dev.switchboard.analytics.fact.PendingDelta;
import dev.switchboard.analytics.fact.persistence.FactDocuments;
import dev.switchboard.events.agent.AgentStatus;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collection {@code agent_timelines}, one document per agent keyed by agent id: {@code presence} and {@code teams}
 * ({@code at, value, eventId}), {@code handling} (ticket id → {@code factVersion, intervals:[{from, to}]}),
 * {@code pendingDeltas} in the ticket facts' format. Blocking, like the facts' store.
 */
final class MongoAgentTimelineStore implements AgentTimelineStore {

    private final MongoCollection<Document> timelines;
    private final Duration timeout;

    MongoAgentTimelineStore(MongoCollection<Document> timelines, Duration timeout) {
        this.timelines = timelines;
        this.timeout = timeout;
    }

    @Override
    public Optional<AgentTimeline> find(String agentId) {
        return Mono.from(timelines.find(Filters.eq("_id", agentId)).first())
                .map(MongoAgentTimelineStore::fromDocument).blockOptional(timeout);
    }

    @Override
    public boolean insert(AgentTimeline timeline) {
        try {
            Mono.from(timelines.insertOne(toDocument(timeline))).block(timeout);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean replace(AgentTimeline timeline, long expectedVersion) {
        UpdateResult result = Mono.from(timelines.replaceOne(
                Filters.and(Filters.eq("_id", timeline.agentId()), Filters.eq("version", expectedVersion)),
                toDocument(timeline))).block(timeout);
        return result != null && result.getMatchedCount() == 1;
    }

    @Override
    public void clearPending(String agentId, List<Long> versions) {
        Mono.from(timelines.updateOne(Filters.eq("_id", agentId), Updates.combine(
                Updates.pullByFilter(new Document("pendingDeltas",
                        new Document("version", new Document("$in", versions)))),
                Updates.inc("version", 1L)))).block(timeout);
    }

    @Override
    public Set<String> pendingTokens(Collection<String> agentIds) {
        List<Document> found = Flux.from(timelines.find(Filters.in("_id", Set.copyOf(agentIds)))
                .projection(Projections.include("pendingDeltas.version"))).collectList().block(timeout);
        Set<String> tokens = new HashSet<>();
        (found == null ? List.<Document>of() : found).forEach(timeline -> timeline
                .getList("pendingDeltas", Document.class, List.of())
                .forEach(delta -> tokens.add(new PendingDelta(delta.get("version", Number.class).longValue(),
                        Map.of()).token(AgentTimeline.ownerOf(timeline.getString("_id"))))));
        return tokens;
    }

    static Document toDocument(AgentTimeline timeline) {
        Document handling = new Document();
        timeline.handling().forEach((ticketId, ticket) -> handling.append(ticketId,
                new Document("factVersion", ticket.factVersion()).append("intervals", ticket.intervals().stream()
                        .map(i -> new Document("from", Date.from(i.from()))
                                .append("to", i.to() == null ? null : Date.from(i.to()))).toList())));
        return new Document("_id", timeline.agentId())
                .append("version", timeline.version())
                .append("presence", timeline.presence().stream().map(m -> mark(m, m.value().name())).toList())
                .append("teams", timeline.teams().stream().map(m -> mark(m, m.value())).toList())
                .append("handling", handling)
                .append("pendingDeltas", timeline.pendingDeltas().stream().map(FactDocuments::pendingDelta).toList());
    }

    static AgentTimeline fromDocument(Document document) {
        Map<String, TicketHandling> handling = new LinkedHashMap<>();
        Document stored = document.get("handling", Document.class);
        if (stored != null) {
            stored.forEach((ticketId, value) -> {
                Document ticket = (Document) value;
                handling.put(ticketId, new TicketHandling(ticket.get("factVersion", Number.class).longValue(),
                        ticket.getList("intervals", Document.class, List.of()).stream()
                                .map(i -> new HandlingInterval(i.getDate("from").toInstant(),
                                        i.getDate("to") == null ? null : i.getDate("to").toInstant()))
                                .toList()));
            });
        }
        return new AgentTimeline(document.getString("_id"), document.get("version", Number.class).longValue(),
                document.getList("presence", Document.class, List.of()).stream()
                        .map(m -> new Mark<>(at(m), AgentStatus.valueOf(m.getString("value")), m.getString("eventId")))
                        .toList(),
                document.getList("teams", Document.class, List.of()).stream()
                        .map(m -> new Mark<>(at(m), m.getString("value"), m.getString("eventId"))).toList(),
                handling,
                document.getList("pendingDeltas", Document.class, List.of()).stream()
                        .map(FactDocuments::pendingDelta).toList());
    }

    private static Document mark(Mark<?> mark, String value) {
        return new Document("at", Date.from(mark.at())).append("value", value).append("eventId", mark.eventId());
    }

    private static Instant at(Document mark) {
        return mark.getDate("at").toInstant();
    }
}
