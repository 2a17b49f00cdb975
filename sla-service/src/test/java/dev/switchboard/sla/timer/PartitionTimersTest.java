package dev.switchboard.sla.timer;

import dev.switchboard.sla.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PartitionTimersTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final DeadlineScheduler scheduler = new DeadlineScheduler(new DeadlineIndex(), clock,
            Duration.ofSeconds(1), Duration.ofSeconds(5));
    private final List<Integer> loaded = new ArrayList<>();
    private final PartitionTimers timers = new PartitionTimers(scheduler, partition -> {
        loaded.add(partition);
        scheduler.track("t-" + partition, partition, T0.plusSeconds(10), (short) 1);
        return 1;
    });
    private final List<String> fired = new ArrayList<>();

    @Test
    void shouldLoadAnAssignedPartitionAndFireAtOnceWhenNothingIsLeftToRead() {
        timers.assigned(2, 40, 40);
        clock.advance(Duration.ofMinutes(1));

        scheduler.fireDue((key, at) -> fired.add(key));

        assertThat(loaded).containsExactly(2);
        assertThat(fired).containsExactly("t-2");
    }

    @Test
    void shouldHoldCatchUpDeadlinesUntilTheConsumerReachedTheEndOffsetSeenAtAssignment() {
        timers.assigned(2, 40, 43);
        clock.advance(Duration.ofMinutes(1));

        timers.handled(2, 41);
        assertThat(scheduler.fireDue((key, at) -> fired.add(key))).isZero();
        assertThat(timers.catchingUp(2)).isTrue();

        timers.handled(2, 42);
        scheduler.fireDue((key, at) -> fired.add(key));

        assertThat(fired).containsExactly("t-2");
        assertThat(timers.catchingUp(2)).isFalse();
    }

    @Test
    void shouldDropTheClocksOfARevokedPartitionSoThatOnlyItsNewOwnerFiresThem() {
        timers.assigned(1, 0, 0);
        timers.assigned(2, 0, 0);

        timers.revoked(1);
        clock.advance(Duration.ofMinutes(1));
        scheduler.fireDue((key, at) -> fired.add(key));

        assertThat(fired).containsExactly("t-2");
        assertThat(scheduler.owns(1)).isFalse();
        scheduler.track("t-late", 1, T0, (short) 1);
        assertThat(scheduler.pending()).isZero();
    }
}
