package dev.switchboard.routing.leadership;

import dev.switchboard.routing.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.assertj.core.api.Assertions.assertThat;

class LeaderElectionTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration TTL = Duration.ofSeconds(6);

    private final MutableClock clock = new MutableClock(T0);
    private final InMemoryLeaseStore store = new InMemoryLeaseStore();
    private final Recorder a = new Recorder();
    private final Recorder b = new Recorder();
    private final LeaderElection first = new LeaderElection("a", store, clock, TTL, a);
    private final LeaderElection second = new LeaderElection("b", store, clock, TTL, b);

    @Test
    void shouldElectExactlyOneOfTwoInstancesAndKeepItWhileItRenews() {
        first.check();
        second.check();

        assertThat(first.isLeader()).isTrue();
        assertThat(second.isLeader()).isFalse();
        assertThat(a.events).containsExactly("elected 1");

        for (int i = 0; i < 10; i++) {
            clock.advance(first.renewEvery());
            first.check();
            second.check();
        }

        assertThat(first.epoch()).isEqualTo(OptionalLong.of(1));
        assertThat(second.isLeader()).isFalse();
        assertThat(b.events).isEmpty();
    }

    @Test
    void shouldLetAFollowerTakeOverWithTheNextEpochOnceTheLeaderStopsRenewing() {
        first.check();

        clock.advance(TTL);
        second.check();
        assertThat(second.isLeader()).as("the lease is valid up to its last instant").isFalse();

        clock.advance(Duration.ofMillis(1));
        second.check();

        assertThat(second.epoch()).isEqualTo(OptionalLong.of(2));
        assertThat(b.events).containsExactly("elected 2");
    }

    @Test
    void shouldStepDownWhenTheLeaseExpiredBeforeItCouldRenewAndNotComeBackWhileAnotherHoldsIt() {
        first.check();
        clock.advance(TTL.plusSeconds(1));
        second.check();

        first.check();

        assertThat(first.isLeader()).isFalse();
        assertThat(a.events).containsExactly("elected 1", "revoked 1");
        first.check();
        assertThat(first.isLeader()).isFalse();
    }

    @Test
    void shouldStepDownBeforeTheLeaseRunsOutWhenTheStoreIsUnreachable() {
        first.check();
        Instant expiry = store.current().orElseThrow().expiresAt();
        store.unreachable = true;

        clock.advance(first.renewEvery());
        first.check();
        assertThat(first.isLeader()).as("one failed renewal leaves two thirds of the lease").isTrue();

        clock.advance(first.renewEvery());
        first.check();

        assertThat(first.isLeader()).isFalse();
        assertThat(clock.instant()).isBefore(expiry);
    }

    @Test
    void shouldStepDownWithoutReleasingWhenFencedAndReleaseWhenResigning() {
        first.check();

        first.stepDown("fenced");
        second.check();
        assertThat(second.isLeader()).as("a fenced leader leaves the lease to expire").isFalse();

        clock.advance(TTL.plusMillis(1));
        second.check();
        second.resign();
        first.check();

        assertThat(first.epoch()).isEqualTo(OptionalLong.of(3));
        assertThat(b.events).containsExactly("elected 2", "revoked 2");
    }

    @Test
    void shouldTellAZombieThatItsTermEndedOnceAnotherTookTheLease() {
        first.check();
        assertThat(first.stillHolds(1)).isTrue();

        clock.advance(TTL.plusMillis(1));
        second.check();

        assertThat(first.isLeader()).as("the zombie has not noticed yet").isTrue();
        assertThat(first.stillHolds(1)).isFalse();
        assertThat(second.stillHolds(2)).isTrue();
    }

    @Test
    void shouldFreeTheLeaseWhenATermThatStartedElsewhereIsAbandoned() {
        first.check();

        first.abandon(1, "state could not load");
        second.check();

        assertThat(a.events).containsExactly("elected 1", "revoked 1");
        assertThat(second.epoch()).isEqualTo(OptionalLong.of(2));
    }

    @Test
    void shouldIgnoreTheAbandonOfATermThatAlreadyEnded() {
        first.check();
        clock.advance(TTL.plusMillis(1));
        first.check();
        first.check();

        first.abandon(1, "too late");

        assertThat(first.epoch()).isEqualTo(OptionalLong.of(2));
        assertThat(a.events).containsExactly("elected 1", "revoked 1", "elected 2");
    }

    @Test
    void shouldEndTheTermAndFreeTheLeaseWhenStartingItFails() {
        LeaderElection failing = new LeaderElection("c", store, clock, TTL, new LeadershipListener() {
            @Override
            public void elected(long epoch) {
                throw new IllegalStateException("broker away");
            }

            @Override
            public void revoked(long epoch, String reason) {
            }
        });

        failing.check();
        first.check();

        assertThat(failing.isLeader()).isFalse();
        assertThat(first.epoch()).isEqualTo(OptionalLong.of(2));
    }

    private static final class Recorder implements LeadershipListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void elected(long epoch) {
            events.add("elected " + epoch);
        }

        @Override
        public void revoked(long epoch, String reason) {
            events.add("revoked " + epoch);
        }
    }
}
