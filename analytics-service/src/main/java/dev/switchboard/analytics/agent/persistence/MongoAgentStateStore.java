package dev.switchboard.analytics.agent.persistence;

import com.mongodb.reactivestreams.client.MongoCollection;
import dev.switchboard.analytics.agent.AgentState;
import dev.switchboard.analytics.agent.AgentStateStore;
import dev.switchboard.analytics.fact.persistence.VersionedDocuments;
import dev.switchboard.events.agent.AgentStatus;
import org.bson.Document;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/** Collection {@code agent_states}, one document per agent keyed by agent id; blocking, like the facts' store. */
final class MongoAgentStateStore implements AgentStateStore {

    private final MongoCollection<Document> agents;
    private final VersionedDocuments versioned;
    private final Duration timeout;

    MongoAgentStateStore(MongoCollection<Document> agents, Duration timeout) {
        this.agents = agents;
        this.versioned = new VersionedDocuments(agents, timeout);
        this.timeout = timeout;
    }

    @Override
    public Optional<AgentState> find(String agentId) {
        return versioned.find(agentId).map(MongoAgentStateStore::fromDocument);
    }

    @Override
    public boolean insert(AgentState state) {
        return versioned.insertIfAbsent(toDocument(state));
    }

    @Override
    public boolean replace(AgentState state, long expectedVersion) {
        return versioned.replaceIfVersion(state.agentId(), expectedVersion, toDocument(state));
    }

    @Override
    public List<AgentState> all() {
        List<AgentState> all = Flux.from(agents.find()).map(MongoAgentStateStore::fromDocument).collectList()
                .block(timeout);
        return all == null ? List.of() : all;
    }

    static Document toDocument(AgentState state) {
        return new Document("_id", state.agentId())
                .append("version", state.version())
                .append("team", state.team())
                .append("teamAt", date(state.teamAt()))
                .append("teamEventId", state.teamEventId())
                .append("status", state.status() == null ? null : state.status().name())
                .append("statusAt", date(state.statusAt()))
                .append("statusEventId", state.statusEventId());
    }

    static AgentState fromDocument(Document document) {
        String status = document.getString("status");
        return new AgentState(document.getString("_id"), document.get("version", Number.class).longValue(),
                document.getString("team"), instant(document, "teamAt"), document.getString("teamEventId"),
                status == null ? null : AgentStatus.valueOf(status), instant(document, "statusAt"),
                document.getString("statusEventId"));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
