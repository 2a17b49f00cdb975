package dev.switchboard.sla.timer;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineIndexTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private final DeadlineIndex index = new DeadlineIndex();

    @Test
    void shouldHoldTheDeadlinesOfAPartitionUntilItIsReleased() {
        index.own(1);
        index.track("a", 1, T0, (short) 1);

        assertThat(index.pollDue(T0.plusSeconds(60))).isEmpty();
        assertThat(index.next()).isEmpty();

        index.release(1);

        assertThat(index.next()).contains(T0);
        assertThat(index.pollDue(T0.plusSeconds(60))).containsExactly(new DeadlineIndex.Deadline("a", 1, T0));
    }

    @Test
    void shouldNeverHandOutADeadlineBeforeItHasPassedEvenByAFractionOfAMillisecond() {
        index.own(1);
        index.release(1);
        Instant due = T0.plusNanos(500_000);
        index.track("a", 1, due, (short) 1);

        assertThat(index.pollDue(T0)).isEmpty();
        assertThat(index.pollDue(due.minusNanos(1))).isEmpty();
        assertThat(index.pollDue(T0.plusMillis(1))).extracting(DeadlineIndex.Deadline::key).containsExactly("a");
    }

    @Test
    void shouldIgnoreTicketsOfPartitionsItDoesNotOwn() {
        index.own(1);
        index.release(1);

        assertThat(index.track("a", 2, T0, (short) 1)).isFalse();

        assertThat(index.size()).isZero();
        assertThat(index.pollDue(T0)).isEmpty();
    }

    @Test
    void shouldDropEveryTicketOfARevokedPartitionAndNothingElse() {
        index.own(1);
        index.own(2);
        index.release(1);
        index.release(2);
        index.track("a", 1, T0, (short) 1);
        index.track("b", 2, T0, (short) 1);
        index.track("c", 1, null, (short) 2);

        assertThat(index.drop(1)).isEqualTo(2);

        assertThat(index.owns(1)).isFalse();
        assertThat(index.size()).isEqualTo(1);
        assertThat(index.summaryCounts()[1]).isEqualTo(1);
        assertThat(index.summaryCounts()[2]).isZero();
        assertThat(index.pollDue(T0)).extracting(DeadlineIndex.Deadline::key).containsExactly("b");
        assertThat(index.track("a", 1, T0, (short) 1)).isFalse();
    }

    @Test
    void shouldKeepATicketWithoutARunningClockForTheGaugeButNeverFireIt() {
        index.own(0);
        index.release(0);

        index.track("paused", 0, null, (short) 2);

        assertThat(index.size()).isEqualTo(1);
        assertThat(index.pending()).isZero();
        assertThat(index.summaryCounts()[2]).isEqualTo(1);
        assertThat(index.pollDue(T0.plusSeconds(3600 * 24 * 365))).isEmpty();
    }

    @Test
    void shouldMoveARescheduledDeadlineInPlaceAndForgetCleanly() {
        index.own(0);
        index.release(0);
        index.track("a", 0, T0.plusSeconds(10), (short) 1);
        index.track("a", 0, T0.plusSeconds(30), (short) 1);
        index.track("b", 0, T0.plusSeconds(20), (short) 1);
        index.track("c", 0, T0.plusSeconds(5), (short) 1);
        index.forget("c");

        assertThat(index.pending()).isEqualTo(2);
        assertThat(index.pollDue(T0.plusSeconds(25))).extracting(DeadlineIndex.Deadline::key).containsExactly("b");
        assertThat(index.pollDue(T0.plusSeconds(30))).extracting(DeadlineIndex.Deadline::key).containsExactly("a");
        assertThat(index.summaryCounts()[1]).isEqualTo(2);
    }

    @Test
    void shouldHandOutDeadlinesInTheOrderOfASortedListUnderRandomChanges() {
        Random random = new Random(7);
        Map<String, Instant> expected = new HashMap<>();
        for (int p = 0; p < 3; p++) {
            index.own(p);
            index.release(p);
        }
        for (int i = 0; i < 20_000; i++) {
            String key = "t-" + random.nextInt(2_000);
            int partition = Math.floorMod(key.hashCode(), 3);
            if (random.nextInt(5) == 0) {
                index.forget(key);
                expected.remove(key);
            } else {
                Instant at = T0.plusMillis(random.nextInt(1_000_000));
                index.track(key, partition, at, (short) 1);
                expected.put(key, at);
            }
        }

        List<DeadlineIndex.Deadline> due = index.pollDue(T0.plusMillis(1_000_000));

        List<Map.Entry<String, Instant>> sorted = new ArrayList<>(expected.entrySet());
        sorted.sort(Map.Entry.comparingByValue());
        assertThat(due).extracting(DeadlineIndex.Deadline::at).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(due).extracting(DeadlineIndex.Deadline::key)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        assertThat(due).extracting(DeadlineIndex.Deadline::at)
                .containsExactlyElementsOf(sorted.stream().map(Map.Entry::getValue).toList());
        assertThat(index.pending()).isZero();
    }
}
