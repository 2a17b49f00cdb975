package dev.switchboard.sla.timer;

import dev.switchboard.sla.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class DeadlineSchedulerTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final DeadlineScheduler scheduler = new DeadlineScheduler(new DeadlineIndex(), clock,
            Duration.ofMillis(20), Duration.ofSeconds(5));
    private final List<String> fired = new CopyOnWriteArrayList<>();

    @BeforeEach
    void ownPartitionZero() {
        scheduler.own(0);
        scheduler.release(0);
    }

    private void schedule(String key, Instant at) {
        scheduler.track(key, 0, at, (short) 1);
    }

    @Test
    void shouldFireOnlyDeadlinesDueByTheClockInDeadlineOrder() {
        schedule("b", T0.plusSeconds(20));
        schedule("a", T0.plusSeconds(10));
        schedule("c", T0.plusSeconds(30));

        clock.advance(Duration.ofSeconds(25));
        scheduler.fireDue((key, at) -> fired.add(key + "@" + at));

        assertThat(fired).containsExactly("a@" + T0.plusSeconds(10), "b@" + T0.plusSeconds(20));
        assertThat(scheduler.pending()).isEqualTo(1);
    }

    private DeadlineScheduler withFiringThreads(int threads) {
        DeadlineScheduler parallel = new DeadlineScheduler(new DeadlineIndex(), clock, Duration.ofMillis(20),
                Duration.ofSeconds(5), threads);
        parallel.own(0);
        parallel.release(0);
        return parallel;
    }

    @Test
    void shouldHandleDeadlinesDueAtOnceConcurrentlyWithSeveralFiringThreads() {
        DeadlineScheduler parallel = withFiringThreads(4);
        for (String key : List.of("a", "b", "c", "d")) {
            parallel.track(key, 0, T0.plusSeconds(10), (short) 1);
        }
        clock.advance(Duration.ofSeconds(10));
        // each handler returns only once all four run at the same time: one after another, none would
        CountDownLatch allInside = new CountDownLatch(4);

        int handed = parallel.fireDue((key, at) -> {
            allInside.countDown();
            try {
                if (!allInside.await(10, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("deadline " + key + " was handled alone");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            fired.add(key);
        });

        assertThat(handed).isEqualTo(4);
        assertThat(fired).containsExactlyInAnyOrder("a", "b", "c", "d");
        assertThat(parallel.pending()).isZero();
    }

    @Test
    void shouldRetryADeadlineWhoseHandlerFailedOnAFiringThread() {
        DeadlineScheduler parallel = withFiringThreads(4);
        parallel.track("ok", 0, T0.plusSeconds(10), (short) 1);
        parallel.track("failing", 0, T0.plusSeconds(10), (short) 1);
        clock.advance(Duration.ofSeconds(10));

        parallel.fireDue((key, at) -> {
            if (key.equals("failing")) {
                throw new IllegalStateException("database down");
            }
            fired.add(key);
        });
        clock.advance(Duration.ofSeconds(5));
        parallel.fireDue((key, at) -> fired.add(key));

        assertThat(fired).containsExactly("ok", "failing");
    }

    @Test
    void shouldKeepOnlyTheLatestDeadlineOfAKey() {
        schedule("a", T0.plusSeconds(10));
        schedule("a", T0.plusSeconds(60));

        clock.advance(Duration.ofSeconds(30));
        scheduler.fireDue((key, at) -> fired.add(key));
        assertThat(fired).isEmpty();

        clock.advance(Duration.ofSeconds(30));
        scheduler.fireDue((key, at) -> fired.add(key));
        assertThat(fired).containsExactly("a");
    }

    @Test
    void shouldNotFireACancelledDeadline() {
        schedule("a", T0.plusSeconds(10));
        scheduler.forget("a");

        clock.advance(Duration.ofMinutes(1));

        assertThat(scheduler.fireDue((key, at) -> fired.add(key))).isZero();
    }

    @Test
    void shouldRetryADeadlineWhoseHandlerFailedAfterTheRetryDelay() {
        schedule("a", T0.plusSeconds(10));
        clock.advance(Duration.ofSeconds(10));
        AtomicBoolean failing = new AtomicBoolean(true);
        DeadlineHandler handler = (key, at) -> {
            if (failing.getAndSet(false)) {
                throw new IllegalStateException("database down");
            }
            fired.add(key);
        };

        scheduler.fireDue(handler);
        scheduler.fireDue(handler);
        assertThat(fired).isEmpty();

        clock.advance(Duration.ofSeconds(5));
        scheduler.fireDue(handler);
        assertThat(fired).containsExactly("a");
    }

    @Test
    void shouldFireFromItsOwnThreadOnceTheClockReachesTheDeadline() {
        scheduler.start((key, at) -> fired.add(key));
        try {
            schedule("a", T0.plus(Duration.ofHours(1)));
            clock.advance(Duration.ofMinutes(59));
            await().during(Duration.ofMillis(100)).atMost(Duration.ofSeconds(1)).until(fired::isEmpty);

            clock.advance(Duration.ofMinutes(1));

            await().atMost(Duration.ofSeconds(5)).until(() -> fired.equals(List.of("a")));
        } finally {
            scheduler.stop();
        }
        assertThat(scheduler.isRunning()).isFalse();
    }
}
