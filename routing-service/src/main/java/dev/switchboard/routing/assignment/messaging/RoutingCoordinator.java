package dev.switchboard.routing.assignment.messaging;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.routing.assignment.Decision;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.assignment.persistence.RoutingStateStore;
import dev.switchboard.routing.cloudevents.IncomingEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs one consumed event through the engine, publishes what it raised, then saves what changed. The whole sequence
 * holds one lock: the ticket and agent consumers run on different threads, and a ticket's routing events must reach
 * Kafka in the order the engine decided them.
 *
 * <p>When publishing or saving fails, the engine already holds a decision nobody else knows of and would take the
 * redelivered event for a duplicate. So the engine is reloaded from the store before the next event: the redelivery
 * is then decided again, and the deterministic event ids let consumers drop whatever had been published already.
 */
public class RoutingCoordinator {

    private final ReentrantLock lock = new ReentrantLock();
    private final RoutingEngine engine;
    private final RoutingEventPublisher publisher;
    private final RoutingStateStore store;
    private final MeterRegistry meters;
    private boolean engineAhead;

    RoutingCoordinator(RoutingEngine engine, RoutingEventPublisher publisher, RoutingStateStore store,
                       MeterRegistry meters) {
        this.engine = engine;
        this.publisher = publisher;
        this.store = store;
        this.meters = meters;
    }

    public void apply(IncomingEvent event) {
        Timer.Sample sample = Timer.start(meters);
        lock.lock();
        try {
            if (engineAhead) {
                engine.restore(store.loadAgents(), store.loadTickets());
                engineAhead = false;
            }
            Decision decision = decide(event);
            if (decision.isEmpty()) {
                return;
            }
            engineAhead = true;
            publisher.publishAll(decision.events());
            store.save(decision);
            engineAhead = false;
            decision.events().stream()
                    .filter(raised -> raised.data() instanceof TicketAssigned)
                    .forEach(raised -> assignments(((TicketAssigned) raised.data()).reason()).increment());
        } finally {
            lock.unlock();
            sample.stop(Timer.builder("switchboard.routing.decision")
                    .description("Time from reading a consumed event to its routing events being durable")
                    .tag("event", event.type())
                    .register(meters));
        }
    }

    private Decision decide(IncomingEvent event) {
        String id = event.id();
        return switch (event.data()) {
            case TicketCreated created -> engine.ticketCreated(id, created);
            case TicketStatusChanged changed -> engine.ticketStatusChanged(id, changed);
            case TicketPriorityChanged changed -> engine.ticketPriorityChanged(id, changed);
            case TicketReopened reopened -> engine.ticketReopened(id, reopened);
            case AgentUpdated updated -> engine.agentUpdated(id, updated);
            case AgentPresenceChanged changed -> engine.presenceChanged(id, changed);
            default -> Decision.NONE;
        };
    }

    private Counter assignments(String reason) {
        return Counter.builder("switchboard.routing.assignments")
                .description("Tickets assigned to an agent, by the rule that chose the agent")
                .tag("reason", reason)
                .register(meters);
    }
}
