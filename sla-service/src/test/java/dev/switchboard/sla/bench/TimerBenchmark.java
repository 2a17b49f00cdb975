package dev.switchboard.sla.bench;

import dev.switchboard.sla.timer.DeadlineIndex;
import dev.switchboard.sla.timer.DeadlineScheduler;

import java.lang.ref.Reference;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Not a test (no surefire pattern matches it); it compiles with the tests so that it cannot rot. Run it as the
 * module README says. Two figures, each as a ratio against a baseline measured in the same run:
 * <ol>
 *   <li>heap bytes per open ticket in the {@link DeadlineIndex} (1,000,000 tickets), against the round-1 layout
 *       (a {@code HashMap<String, Instant>} plus a {@code PriorityQueue} of (key, Instant) records);</li>
 *   <li>timer fire lateness (p50/p99/max) while 1,000 new deadlines a second arrive on top of 1,000,000 waiting
 *       ones, against a JDK {@link ScheduledThreadPoolExecutor} firing the same deadlines;</li>
 *   <li>the same for the whole engine while 1,000 ticket events a second flow through it
 *       ({@link EngineLoadBenchmark}).</li>
 * </ol>
 */
public final class TimerBenchmark {

    private static final int TICKETS = 1_000_000;
    private static final int PARTITIONS = 6;

    private TimerBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        memory();
        lateness(seconds);
        EngineLoadBenchmark.run(seconds);
    }

    private record OldDeadline(String key, Instant at) {
    }

    private static void memory() {
        Random random = new Random(1);
        String[] keys = new String[TICKETS];
        long beforeKeys = usedHeap();
        for (int i = 0; i < TICKETS; i++) {
            keys[i] = UUID.randomUUID().toString();
        }
        double keyBytes = (usedHeap() - beforeKeys) / (double) TICKETS;
        Instant base = Instant.parse("2026-11-23T08:00:00Z");
        long[] due = new long[TICKETS];
        for (int i = 0; i < TICKETS; i++) {
            due[i] = base.toEpochMilli() + random.nextInt(7 * 24 * 3600) * 1000L;
        }
        long keysOnly = usedHeap();

        DeadlineIndex index = new DeadlineIndex();
        for (int p = 0; p < PARTITIONS; p++) {
            index.own(p);
            index.release(p);
        }
        for (int i = 0; i < TICKETS; i++) {
            index.track(keys[i], i % PARTITIONS, Instant.ofEpochMilli(due[i]), (short) 0b0101);
        }
        long withIndex = usedHeap();
        double indexBytes = (withIndex - keysOnly) / (double) TICKETS;
        // else the JIT may find the structure dead before the measurement and the GC takes it
        Reference.reachabilityFence(index);
        index = null;

        long beforeOld = usedHeap();
        Map<String, Instant> current = new HashMap<>();
        PriorityQueue<OldDeadline> heap = new PriorityQueue<>((a, b) -> a.at().compareTo(b.at()));
        for (int i = 0; i < TICKETS; i++) {
            Instant at = Instant.ofEpochMilli(due[i]);
            current.put(keys[i], at);
            heap.add(new OldDeadline(keys[i], at));
        }
        long withOld = usedHeap();
        double oldBytes = (withOld - beforeOld) / (double) TICKETS;

        System.out.printf("memory: %,d open tickets (2 open clocks each)%n", TICKETS);
        System.out.printf("  DeadlineIndex       %6.1f B/ticket + ticket id %.1f B (UUID string) = %.1f B/ticket"
                + " = %.1f B/clock%n", indexBytes, keyBytes, indexBytes + keyBytes, (indexBytes + keyBytes) / 2);
        System.out.printf("  round-1 layout      %6.1f B/ticket + ticket id%n", oldBytes);
        System.out.printf("  ratio index/round-1 %6.2f (structure only)%n", indexBytes / oldBytes);
        Reference.reachabilityFence(current);
        Reference.reachabilityFence(heap);
        Reference.reachabilityFence(keys);
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    private static void lateness(int seconds) throws Exception {
        Clock clock = Clock.systemUTC();
        DeadlineScheduler scheduler = new DeadlineScheduler(new DeadlineIndex(), clock, Duration.ofSeconds(1),
                Duration.ofSeconds(5));
        for (int p = 0; p < PARTITIONS; p++) {
            scheduler.own(p);
            scheduler.release(p);
        }
        Instant far = clock.instant().plus(Duration.ofDays(30));
        for (int i = 0; i < TICKETS; i++) {
            scheduler.track("waiting-" + i, i % PARTITIONS, far.plusSeconds(i), (short) 1);
        }
        List<Long> timerLate = new ArrayList<>();
        scheduler.start((key, at) -> {
            synchronized (timerLate) {
                timerLate.add(System.currentTimeMillis() - at.toEpochMilli());
            }
        });
        ScheduledThreadPoolExecutor jdk = new ScheduledThreadPoolExecutor(1);
        List<Long> jdkLate = new ArrayList<>();

        Random random = new Random(2);
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / 1_000;
        long next = System.nanoTime();
        int total = seconds * 1_000;
        for (int i = 0; i < total; i++) {
            LockSupport.parkNanos(next - System.nanoTime());
            next += periodNanos;
            long delay = random.nextInt(1_000);
            long dueAt = System.currentTimeMillis() + delay;
            // the same deadline to both; the timer's ticket also gets re-tracked once, as a paused clock would be
            scheduler.track("t-" + i, i % PARTITIONS, Instant.ofEpochMilli(dueAt + 10_000), (short) 1);
            scheduler.track("t-" + i, i % PARTITIONS, Instant.ofEpochMilli(dueAt), (short) 1);
            jdk.schedule(() -> {
                synchronized (jdkLate) {
                    jdkLate.add(System.currentTimeMillis() - dueAt);
                }
            }, dueAt - System.currentTimeMillis(), TimeUnit.MILLISECONDS);
        }
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(2));
        scheduler.stop();
        jdk.shutdown();
        jdk.awaitTermination(5, TimeUnit.SECONDS);

        long[] timer = sorted(timerLate);
        long[] baseline = sorted(jdkLate);
        System.out.printf("lateness: %,d deadlines at 1,000/s over %d s on top of %,d waiting%n", total, seconds,
                TICKETS);
        System.out.printf("  DeadlineScheduler  fired %,d  p50 %d ms  p99 %d ms  max %d ms%n", timer.length,
                pct(timer, 50), pct(timer, 99), timer[timer.length - 1]);
        System.out.printf("  JDK STPE baseline  fired %,d  p50 %d ms  p99 %d ms  max %d ms%n", baseline.length,
                pct(baseline, 50), pct(baseline, 99), baseline[baseline.length - 1]);
        System.out.printf("  ratio p99 timer/baseline %.2f (p99 difference %d ms)%n",
                pct(timer, 99) / (double) Math.max(1, pct(baseline, 99)), pct(timer, 99) - pct(baseline, 99));
    }

    private static long[] sorted(List<Long> values) {
        long[] array;
        synchronized (values) {
            array = values.stream().mapToLong(Long::longValue).toArray();
        }
        Arrays.sort(array);
        return array;
    }

    private static long pct(long[] sorted, int percentile) {
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
