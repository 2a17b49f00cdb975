package dev.switchboard.routing.leadership.runtime;

import dev.switchboard.routing.MutableClock;
import dev.switchboard.routing.assignment.messaging.RoutingCoordinator;
import dev.switchboard.routing.leadership.InMemoryLeaseStore;
import dev.switchboard.routing.leadership.LeaderElection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

class EngineLeadershipTest {

    private static final Duration TTL = Duration.ofSeconds(6);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T08:00:00Z"));
    private final InMemoryLeaseStore store = new InMemoryLeaseStore();
    private final RoutingCoordinator coordinator = mock(RoutingCoordinator.class);
    private final BindingsLifecycleController bindings = mock(BindingsLifecycleController.class);
    private final EngineLeadership leadership = new EngineLeadership(coordinator, bindings, List.of("in-0"));
    private final LeaderElection election = new LeaderElection("a", store, clock, TTL, leadership);
    private final LeaderElection other = new LeaderElection("b", store, clock, TTL, leadership);
    private final CountDownLatch stateLoaded = new CountDownLatch(1);

    EngineLeadershipTest() {
        leadership.electWith(election);
    }

    @AfterEach
    void releaseTheTermThread() {
        stateLoaded.countDown();
        leadership.shutdown();
    }

    @Test
    void shouldGoOnRenewingTheLeaseWhileATermTakesLongerThanTheLeaseToStart() {
        doAnswer(call -> stateLoaded.await(30, TimeUnit.SECONDS)).when(coordinator).lead(1);

        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            election.check();
            for (int renewal = 0; renewal < 6; renewal++) {
                clock.advance(election.renewEvery());
                election.check();
            }
        }, "the lease thread waited for the term to start");

        assertThat(election.stillHolds(1)).as("renewed past two lifetimes while starting").isTrue();
        verify(bindings, never()).start("in-0");
        stateLoaded.countDown();
        verify(bindings, timeout(10_000)).start("in-0");
    }

    @Test
    void shouldFreeTheLeaseWhenTheTermCannotStart() {
        doThrow(new IllegalStateException("broker away")).when(coordinator).lead(1);

        election.check();

        await().atMost(Duration.ofSeconds(10)).until(() -> !election.isLeader());
        other.check();
        assertThat(other.isLeader()).as("taken at once, not after the lease's lifetime").isTrue();
        verify(bindings, never()).start("in-0");
    }

    @Test
    void shouldStopTheConsumersOnlyAfterAPendingStartFinished() {
        doAnswer(call -> stateLoaded.await(30, TimeUnit.SECONDS)).when(coordinator).lead(1);
        election.check();
        verify(coordinator, timeout(10_000)).lead(1);

        election.stepDown("fenced by a newer leader");
        stateLoaded.countDown();

        verify(coordinator, timeout(10_000)).follow();
        var order = inOrder(coordinator, bindings);
        order.verify(coordinator).lead(1);
        order.verify(bindings).start("in-0");
        order.verify(bindings).stop("in-0");
        order.verify(coordinator).follow();
    }
}
