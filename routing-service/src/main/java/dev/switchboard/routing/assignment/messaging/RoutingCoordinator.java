package dev.switchboard.routing.assignment.messaging;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.agent.OfferAnswered;
import dev.switchboard.events.routing.OfferDeclined;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketQueued;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;
import dev.switchboard.routing.assignment.Decision;
import dev.switchboard.routing.assignment.ExpansionStep;
import dev.switchboard.routing.assignment.RaisedEvent;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.assignment.persistence.RoutingStateStore;
import dev.switchboard.routing.cloudevents.IncomingEvent;
import dev.switchboard.routing.leadership.FencedException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongPredicate;
import java.util.function.Supplier;

/**
 * Runs one consumed event through the engine, publishes what it raised, then saves what changed. The whole sequence
 * holds one lock: the ticket and agent consumers run on different threads, and a ticket's routing events must reach
 * Kafka in the order the engine decided them.
 *
 * <p>When publishing or saving fails, the engine already holds a decision nobody else knows of and would take the
 * redelivered event for a duplicate. So the engine is reloaded from the store before the next event: the redelivery
 * is then decided again, and the deterministic event ids let consumers drop whatever had been published already.
 *
 * <p>Only the leader decides ({@link #lead(long)}): a follower, or a leader that learns it was fenced, refuses every
 * event ({@code false}), so that the caller leaves its offset uncommitted for the new leader instead of dropping or
 * dead-lettering it, and holds no state.
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
    private volatile long epoch = NOT_LEADING;
    private volatile Runnable onFenced = () -> { };
    private volatile LongPredicate termConfirmed = epoch -> true;

    /** The epoch of a coordinator that does not lead. */
    static final long NOT_LEADING = -1;

    RoutingCoordinator(RoutingEngine engine, RoutingEventPublisher publisher, RoutingStateStore store,
                       MeterRegistry meters) {
        this.engine = engine;
        this.publisher = publisher;
        this.store = store;
        this.meters = meters;
    }

    /**
     * Starts a term: fences the last leader's producer, marks the stored state as this term's, then loads it. Events
     * are decided only after this returned; the caller starts the consumers then.
     */
    public void lead(long newEpoch) {
        lock.lock();
        try {
            publisher.open();
            store.claim(newEpoch);
            engine.restore(store.loadAgents(), store.loadTickets());
            engineAhead = false;
            epoch = newEpoch;
        } finally {
            lock.unlock();
        }
    }

    /** Ends a term: decides nothing more and drops the state, which the next leader loads from the store. */
    public void follow() {
        epoch = NOT_LEADING;
        lock.lock();
        try {
            epoch = NOT_LEADING;
            publisher.close();
            engine.restore(List.of(), List.of());
            engineAhead = false;
        } finally {
            lock.unlock();
        }
    }

    /** A follower's read copy of the state, so that any instance answers the API (as of the last refresh). */
    public void refreshAsFollower() {
        if (isLeading()) {
            return;
        }
        lock.lock();
        try {
            if (!isLeading()) {
                engine.restore(store.loadAgents(), store.loadTickets());
            }
        } finally {
            lock.unlock();
        }
    }

    /** What to run when a write is fenced (on the deciding thread: it must not block on the consumers). */
    public void whenFenced(Runnable action) {
        this.onFenced = action;
    }

    /** How to confirm, after a decision was saved, that its term has not ended meanwhile (the lease's epoch). */
    public void confirmTermWith(LongPredicate check) {
        this.termConfirmed = check;
    }

    public boolean isLeading() {
        return epoch != NOT_LEADING;
    }

    /** Decides one consumed event; false when this instance does not lead (any more) and decided nothing. */
    public boolean apply(IncomingEvent event) {
        return run(event.type(), () -> decide(event));
    }

    /** One routing cycle: what time alone changed (aging, expansion steps, holds and grace periods ending). */
    public void tick() {
        if (isLeading()) {
            run(CYCLE, engine::tick);
        }
    }

    private boolean run(String trigger, Supplier<Decision> decider) {
        Timer.Sample sample = Timer.start(meters);
        lock.lock();
        try {
            long term = epoch;
            if (term == NOT_LEADING) {
                return false;
            }
            if (engineAhead) {
                engine.restore(store.loadAgents(), store.loadTickets());
                engineAhead = false;
            }
            Decision decision = decider.get();
            if (decision.isEmpty()) {
                return true;
            }
            engineAhead = true;
            publisher.publishAll(decision.events());
            store.save(decision, term);
            if (!termConfirmed.test(term)) {
                throw new FencedException("the lease moved on while epoch " + term + " was deciding");
            }
            engineAhead = false;
            count(decision);
            return true;
        } catch (FencedException e) {
            epoch = NOT_LEADING;
            onFenced.run();
            return false;
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
                case TicketAssigned assigned -> {
                    assignments(assigned.reason()).increment();
                    if (Boolean.TRUE.equals(assigned.offered())) {
                        offers("accepted").increment();
                    }
                }
                case OfferDeclined declined -> offers(OfferDeclined.TIMED_OUT.equals(declined.reason())
                        ? "timed_out" : "declined").increment();
                case TicketUnassigned unassigned -> meters.counter("switchboard.routing.releases",
                        "reason", unassigned.reason()).increment();
                case TicketQueued queued when queued.step() != null
                        && !ExpansionStep.EXACT.name().equals(queued.step()) ->
                        meters.counter("switchboard.routing.expansions", "step", queued.step()).increment();
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
            case TicketTeamChanged changed -> engine.ticketTeamChanged(id, changed);
            case AgentUpdated updated -> engine.agentUpdated(id, updated);
            case AgentPresenceChanged changed -> engine.presenceChanged(id, changed);
            case OfferAnswered answered -> engine.offerAnswered(id, answered);
            case SlaEscalated escalated -> engine.slaEscalated(id, escalated);
            default -> Decision.NONE;
        };
    }

    private Counter offers(String outcome) {
        return Counter.builder("switchboard.routing.offers")
                .description("Offers that ended, by outcome: accepted, declined, timed_out")
                .tag("outcome", outcome)
                .register(meters);
    }

    private Counter assignments(String reason) {
        return Counter.builder("switchboard.routing.assignments")
                .description("Tickets assigned to an agent, by the rule that chose the agent")
                .tag("reason", reason)
                .register(meters);
    }
}
