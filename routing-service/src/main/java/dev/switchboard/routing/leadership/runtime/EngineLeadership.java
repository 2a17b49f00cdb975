package dev.switchboard.routing.leadership.runtime;

import dev.switchboard.routing.assignment.messaging.RoutingCoordinator;
import dev.switchboard.routing.leadership.LeaderElection;
import dev.switchboard.routing.leadership.LeadershipListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Turns leadership into running consumers. Elected: the coordinator fences the last leader's producer, claims and loads
 * the state, then the bindings start from the committed offsets (exactly what a restart does). Revoked: the bindings
 * stop first, so no record is taken that nobody will decide, then the state is dropped.
 *
 * <p>Both run on one thread of their own, in the order the election decided them, never on the lease's thread: a term
 * start under load (the producer's {@code initTransactions}, loading thousands of tickets) can take longer than the
 * lease lives, and the lease must go on being renewed meanwhile. A write refused because a newer leader fenced this one
 * steps down on that thread too: the consumer thread that learned it must not wait for its own container to stop.
 */
public class EngineLeadership implements LeadershipListener {

    private static final Logger log = LoggerFactory.getLogger(EngineLeadership.class);

    private final RoutingCoordinator coordinator;
    private final BindingsLifecycleController bindings;
    private final List<String> bindingNames;
    private final ExecutorService terms = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("routing-term").daemon().factory());
    private LeaderElection election;

    EngineLeadership(RoutingCoordinator coordinator, BindingsLifecycleController bindings, List<String> bindingNames) {
        this.coordinator = coordinator;
        this.bindings = bindings;
        this.bindingNames = List.copyOf(bindingNames);
        coordinator.whenFenced(() -> terms.execute(() -> election.stepDown("fenced by a newer leader")));
    }

    void electWith(LeaderElection election) {
        this.election = election;
        coordinator.confirmTermWith(election::stillHolds);
    }

    @Override
    public void elected(long epoch) {
        terms.execute(() -> startTerm(epoch));
    }

    @Override
    public void revoked(long epoch, String reason) {
        log.warn("routing engine of epoch {} steps down: {}", epoch, reason);
        terms.execute(this::endTerm);
    }

    private void startTerm(long epoch) {
        if (election.epoch().orElse(-1) != epoch) {
            return; // the term ended before it could start; its end is queued behind this
        }
        log.info("routing engine elected, epoch {}: loading the state and starting the consumers", epoch);
        try {
            coordinator.lead(epoch);
            bindingNames.forEach(bindings::start);
        } catch (RuntimeException e) {
            log.error("routing engine of epoch {} could not start its term", epoch, e);
            election.abandon(epoch, "the term could not start: " + e);
        }
    }

    private void endTerm() {
        try {
            bindingNames.forEach(bindings::stop);
        } finally {
            coordinator.follow();
        }
        try {
            coordinator.refreshAsFollower();
        } catch (RuntimeException e) {
            log.debug("no read copy of the state until the next refresh: {}", e.toString());
        }
    }

    /** Lets a queued term start or end finish, so that a graceful stop leaves no consumer running. */
    void shutdown() {
        terms.shutdown();
        try {
            terms.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
