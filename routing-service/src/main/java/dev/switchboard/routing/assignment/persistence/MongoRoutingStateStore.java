package dev.switchboard.routing.assignment.persistence;

import com.mongodb.MongoException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.routing.assignment.AgentState;
import dev.switchboard.routing.assignment.Decision;
import dev.switchboard.routing.assignment.TicketState;
import dev.switchboard.routing.leadership.FencedException;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;

/**
 * Keeps the engine's agents and tickets in MongoDB, one document each, so that a restart or a new leader resumes where
 * the last one stopped. Callers may block; documents are replaced whole because the leader's engine, not the
 * database, holds the truth during a term. Each document carries the {@code epoch} of the term that wrote it last, and
 * a replace matches only while that epoch is not newer than the writer's: otherwise the upsert collides on
 * {@code _id} (duplicate key) and the writer learns it was fenced. No transactions needed, so the stand-in works.
 */
public class MongoRoutingStateStore implements RoutingStateStore {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);
    private static final int DUPLICATE_KEY = 11000;
    static final String EPOCH = "epoch";

    private final MongoCollection<Document> agents;
    private final MongoCollection<Document> tickets;
    private final Duration timeout;

    public MongoRoutingStateStore(MongoDatabase database, Duration timeout) {
        this.agents = database.getCollection("agents");
        this.tickets = database.getCollection("tickets");
        this.timeout = timeout;
    }

    @Override
    public List<AgentState> loadAgents() {
        return Flux.from(agents.find()).map(StateDocuments::agent).collectList().block(timeout);
    }

    @Override
    public List<TicketState> loadTickets() {
        return Flux.from(tickets.find()).map(StateDocuments::ticket).collectList().block(timeout);
    }

    @Override
    public void claim(long epoch) {
        for (MongoCollection<Document> collection : List.of(agents, tickets)) {
            Mono.from(collection.updateMany(Filters.or(Filters.lt(EPOCH, epoch), Filters.exists(EPOCH, false)),
                    Updates.set(EPOCH, epoch))).block(timeout);
        }
    }

    @Override
    public void save(Decision decision, long epoch) {
        if (decision.saveOrder() == Decision.SaveOrder.AGENTS_THEN_TICKETS) {
            saveAgents(decision.changedAgents(), epoch);
            saveTickets(decision.changedTickets(), epoch);
        } else {
            saveTickets(decision.changedTickets(), epoch);
            saveAgents(decision.changedAgents(), epoch);
        }
    }

    private void saveAgents(List<AgentState> changed, long epoch) {
        changed.forEach(agent -> replace(agents, agent.id(), StateDocuments.agent(agent), epoch));
    }

    private void saveTickets(List<TicketState> changed, long epoch) {
        changed.forEach(ticket -> replace(tickets, ticket.id(), StateDocuments.ticket(ticket), epoch));
    }

    private void replace(MongoCollection<Document> collection, String id, Document document, long epoch) {
        try {
            Mono.from(collection.replaceOne(Filters.and(Filters.eq("_id", id), Filters.lte(EPOCH, epoch)),
                    document.append(EPOCH, epoch), UPSERT)).block(timeout);
        } catch (MongoException e) {
            if (e.getCode() == DUPLICATE_KEY) {
                throw new FencedException("document " + id + " was written by a newer leader than epoch " + epoch, e);
            }
            throw e;
        }
    }
}
