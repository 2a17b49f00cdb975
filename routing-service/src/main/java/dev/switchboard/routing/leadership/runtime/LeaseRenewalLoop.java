package dev.switchboard.routing.leadership.runtime;

import dev.switchboard.routing.assignment.messaging.RoutingCoordinator;
import dev.switchboard.routing.leadership.LeaderElection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Runs the election on a thread of its own (the routing cycle must not delay a renewal), and lets a follower refresh
 * its read copy of the state. On a graceful stop the leader resigns, so that another instance takes over at once
 * instead of after the lease's lifetime; a killed process simply stops renewing.
 */
public class LeaseRenewalLoop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LeaseRenewalLoop.class);

    private final LeaderElection election;
    private final EngineLeadership leadership;
    private final RoutingCoordinator coordinator;
    private final Duration followerRefresh;
    private ScheduledExecutorService scheduler;

    LeaseRenewalLoop(LeaderElection election, EngineLeadership leadership, RoutingCoordinator coordinator,
                     Duration followerRefresh) {
        this.election = election;
        this.leadership = leadership;
        this.coordinator = coordinator;
        this.followerRefresh = followerRefresh;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("routing-lease").daemon().factory());
        scheduler.scheduleWithFixedDelay(this::check, 0, election.renewEvery().toMillis(), TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::refresh, followerRefresh.toMillis(), followerRefresh.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** Stops renewing without resigning: what a paused process looks like to the others (tests use it). */
    public synchronized void suspend() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized void stop() {
        suspend();
        election.resign();
        leadership.shutdown();
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Late in the start-up (after the bindings exist), early in the shutdown (before they are torn down). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private void check() {
        try {
            election.check();
        } catch (RuntimeException e) {
            log.warn("lease check failed, it runs again in {}: {}", election.renewEvery(), e.toString());
        }
    }

    private void refresh() {
        try {
            coordinator.refreshAsFollower();
        } catch (RuntimeException e) {
            log.debug("follower could not refresh its read copy: {}", e.toString());
        }
    }
}
