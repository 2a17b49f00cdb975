package dev.switchboard.analytics.agent.persistence;

import com.mongodb.reactivestreams.client.MongoCollection;
import dev.switchboard.analytics.agent.AgentTimeline;
import dev.switchboard.analytics.agent.AgentTimeline.Mark;
import dev.switchboard.analytics.agent.AgentTimeline.TicketHandling;
import dev.switchboard.analytics.agent.AgentTimelineStore;
import dev.switchboard.analytics.fact.HandlingInterval;
import dev.switchboard.analytics.fact.PendingDelta;
import dev.switchboard.analytics.fact.persistence.FactDocuments;
import dev.switchboard.analytics.fact.persistence.VersionedDocuments;
import dev.switchboard.events.agent.AgentStatus;
import org.bson.Document;

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
 * {@code pendingDeltas} in the ticket facts' format (see {@link VersionedDocuments}).
 */
final class MongoAgentTimelineStore implements AgentTimelineStore {

    private final VersionedDocuments timelines;

    MongoAgentTimelineStore(MongoCollection<Document> timelines, Duration timeout) {
        this.timelines = new VersionedDocuments(timelines, timeout);
    }

    @Override
    public Optional<AgentTimeline> find(String agentId) {
        return timelines.find(agentId).map(MongoAgentTimelineStore::fromDocument);
    }

    @Override
    public boolean insert(AgentTimeline timeline) {
        return timelines.insertIfAbsent(toDocument(timeline));
    }

    @Override
    public boolean replace(AgentTimeline timeline, long expectedVersion) {
        return timelines.replaceIfVersion(timeline.agentId(), expectedVersion, toDocument(timeline));
    }

    @Override
    public void clearPending(String agentId, List<Long> versions) {
        timelines.clearPending(agentId, versions);
    }

    @Override
    public Set<String> pendingTokens(Collection<String> agentIds) {
        Set<String> tokens = new HashSet<>();
        timelines.pendingVersions(agentIds).forEach((agentId, versions) -> versions.forEach(version ->
                tokens.add(new PendingDelta(version, Map.of()).token(AgentTimeline.ownerOf(agentId)))));
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
