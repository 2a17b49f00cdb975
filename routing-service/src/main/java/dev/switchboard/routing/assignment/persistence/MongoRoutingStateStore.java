package dev.switchboard.routing.assignment.persistence;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.routing.assignment.AgentState;
import dev.switchboard.routing.assignment.Decision;
import dev.switchboard.routing.assignment.TicketState;
import org.bson.Document;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.List;

/**
 * Keeps the engine's agents and tickets in MongoDB, one document each, so that a restart resumes where it stopped.
 * Callers are the consumer threads, which may block; documents are replaced whole because the engine, not the
 * database, holds the truth between restarts, and only one engine writes.
 */
public class MongoRoutingStateStore implements RoutingStateStore {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

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
    public void save(Decision decision) {
        if (decision.saveOrder() == Decision.SaveOrder.AGENTS_THEN_TICKETS) {
            saveAgents(decision.changedAgents());
            saveTickets(decision.changedTickets());
        } else {
            saveTickets(decision.changedTickets());
            saveAgents(decision.changedAgents());
        }
    }

    private void saveAgents(List<AgentState> changed) {
        changed.forEach(agent -> replace(agents, agent.id(), StateDocuments.agent(agent)));
    }

    private void saveTickets(List<TicketState> changed) {
        changed.forEach(ticket -> replace(tickets, ticket.id(), StateDocuments.ticket(ticket)));
    }

    private void replace(MongoCollection<Document> collection, String id, Document document) {
        Mono.from(collection.replaceOne(Filters.eq("_id", id), document, UPSERT)).block(timeout);
    }
}
