package dev.switchboard.routing.assignment.messaging;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketQueued;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.routing.assignment.Decision;
import dev.switchboard.routing.assignment.ExpansionStep;
import dev.switchboard.routing.assignment.RaisedEvent;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.assignment.persistence.RoutingStateStore;
import dev.switchboard.routing.cloudevents.IncomingEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

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

    /** The {@code event} tag of decisions made by the routing cycle rather than by a consumed event. */
    static final String CYCLE = "cycle";

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
        run(event.type(), () -> decide(event));
    }

    /** One routing cycle: what time alone changed (aging, expansion steps, holds and grace periods ending). */
    public void tick() {
        run(CYCLE, engine::tick);
    }

    private void run(String trigger, Supplier<Decision> decider) {
        Timer.Sample sample = Timer.start(meters);
        lock.lock();
        try {
            if (engineAhead) {
                engine.restore(store.loadAgents(), store.loadTickets());
                engineAhead = false;
            }
            Decision decision = decider.get();
            if (decision.isEmpty()) {
                return;
            }
            engineAhead = true;
            publisher.publishAll(decision.events());
            store.save(decision);
            engineAhead = false;
            count(decision);
        } finally {
            lock.unlock();
            sample.stop(Timer.builder("switchboard.routing.decision")
                    .description("Time from reading a consumed event to its routing events being durable")
                    .tag("event", trigger)
                    .register(meters));
        }
    }

    private void count(Decision decision) {
        for (RaisedEvent raised : decision.events()) {
            switch (raised.data()) {
                case TicketAssigned assigned -> assignments(assigned.reason()).increment();
                case TicketUnassigned unassigned -> meters.counter("switchboard.routing.releases",
                        "reason", unassigned.reason()).increment();
                case TicketQueued queued when !ExpansionStep.EXACT.name().equals(raised.details().get("step")) ->
                        meters.counter("switchboard.routing.expansions", "step",
                                String.valueOf(raised.details().get("step"))).increment();
                default -> {
                }
            }
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
            case SlaEscalated escalated -> engine.slaEscalated(id, escalated);
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
