package dev.switchboard.sla.bench;

import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.CustomerMessageReceived;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.sla.calendar.CalendarSpec;
import dev.switchboard.sla.clock.ClockService;
import dev.switchboard.sla.clock.DeadlineSchedule;
import dev.switchboard.sla.clock.InMemoryTicketSlaStore;
import dev.switchboard.sla.clock.SlaMetrics;
import dev.switchboard.sla.policy.EscalationAction;
import dev.switchboard.sla.policy.EscalationRule;
import dev.switchboard.sla.policy.PolicyCatalog;
import dev.switchboard.sla.policy.PolicyMatch;
import dev.switchboard.sla.policy.PolicyStore;
import dev.switchboard.sla.policy.SlaPolicy;
import dev.switchboard.sla.timer.DeadlineIndex;
import dev.switchboard.sla.timer.DeadlineScheduler;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Timer fire lateness of the whole clock engine ({@link ClockService} over the tickets' clocks, the
 * {@link DeadlineScheduler} thread firing into it) while ticket events flow through it at a steady 1,000 a second,
 * on top of 1,000,000 waiting deadlines. Mongo and Kafka are replaced by an in-memory store and a publisher that
 * only counts, so the figure is the engine's own; in the service each fire and each event also costs one Mongo read,
 * one conditional write and a Kafka send.
 *
 * <p>Baseline in the same run: a JDK {@link ScheduledThreadPoolExecutor} that is handed every deadline the engine
 * tracks (re-tracked and forgotten ones cancelled) and does nothing when it fires, on the same loaded box.
 *
 * <p>Each ticket lives five events one second apart (created, OPEN, public reply, customer message, SOLVED), so at
 * 1,000 events a second 200 tickets are created a second and about a thousand tickets are open at any time; half
 * are URGENT with targets short enough to warn, breach and escalate during their life. Every metric is targeted.
 */
final class EngineLoadBenchmark {

    private static final int EVENTS_PER_SECOND = 1_000;
    private static final int STAGES = 5;
    private static final int WAITING = 1_000_000;
    private static final int PARTITIONS = 6;
    private static final Duration WARM_UP = Duration.ofSeconds(5);

    private EngineLoadBenchmark() {
    }

    private static final PolicyStore NO_EDITS = new PolicyStore() {
        @Override
        public List<SlaPolicy> findAll() {
            return List.of();
        }

        @Override
        public void save(SlaPolicy policy) {
        }
    };

    private static SlaPolicy policy(String name, int order, Set<Priority> priorities, long firstReplyMillis) {
        Map<SlaMetric, Duration> targets = Map.of(
                SlaMetric.FIRST_REPLY, Duration.ofMillis(firstReplyMillis),
                SlaMetric.NEXT_REPLY, Duration.ofMillis(1_500),
                SlaMetric.PERIODIC_UPDATE, Duration.ofMillis(900),
                SlaMetric.RESOLUTION, Duration.ofMillis(5_000),
                SlaMetric.REQUESTER_WAIT, Duration.ofMillis(3_500),
                SlaMetric.AGENT_WORK_TIME, Duration.ofMillis(2_500));
        return new SlaPolicy(name, order, new PolicyMatch(priorities, Set.of(), Set.of(), Set.of()), targets,
                CalendarSpec.ALWAYS_OPEN, Set.of(TicketStatus.PENDING, TicketStatus.ON_HOLD), List.of(0.5, 0.75),
                List.of(new EscalationRule(1, Duration.ZERO, EscalationAction.NOTIFY, null),
                        new EscalationRule(2, Duration.ofMillis(300), EscalationAction.RAISE_PRIORITY, null)));
    }

    /** Hands every deadline to the engine's timer and mirrors it on a do-nothing JDK timer (the baseline). */
    private static final class Mirrored implements DeadlineSchedule {

        private final DeadlineScheduler engine;
        private final ScheduledThreadPoolExecutor jdk;
        private final Map<String, ScheduledFuture<?>> pending = new ConcurrentHashMap<>();
        private final Recorder lateness;

        Mirrored(DeadlineScheduler engine, ScheduledThreadPoolExecutor jdk, Recorder lateness) {
            this.engine = engine;
            this.jdk = jdk;
            this.lateness = lateness;
        }

        @Override
        public void track(String ticketId, int partition, Instant next, short openClocks) {
            engine.track(ticketId, partition, next, openClocks);
            ScheduledFuture<?> previous = next == null ? pending.remove(ticketId)
                    : pending.put(ticketId, jdk.schedule(() -> lateness.late(next.toEpochMilli(),
                            System.currentTimeMillis() - next.toEpochMilli()),
                    next.toEpochMilli() - System.currentTimeMillis(), TimeUnit.MILLISECONDS));
            if (previous != null) {
                previous.cancel(false);
            }
        }

        @Override
        public void forget(String ticketId) {
            engine.forget(ticketId);
            ScheduledFuture<?> previous = pending.remove(ticketId);
            if (previous != null) {
                previous.cancel(false);
            }
        }
    }

    /** Lateness samples of deadlines due after the warm-up. */
    private static final class Recorder {

        private final long measureFromMillis;
        private final List<Long> samples = new ArrayList<>();

        Recorder(long measureFromMillis) {
            this.measureFromMillis = measureFromMillis;
        }

        synchronized void late(long dueMillis, long lateMillis) {
            if (dueMillis >= measureFromMillis) {
                samples.add(Math.max(0, lateMillis));
            }
        }

        synchronized long[] sorted() {
            long[] array = samples.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(array);
            return array;
        }
    }

    static void run(int seconds) {
        Clock clock = Clock.systemUTC();
        DeadlineScheduler scheduler = new DeadlineScheduler(new DeadlineIndex(), clock, Duration.ofSeconds(1),
                Duration.ofSeconds(5));
        for (int p = 0; p < PARTITIONS; p++) {
            scheduler.own(p);
            scheduler.release(p);
        }
        Instant far = clock.instant().plus(Duration.ofDays(30));
        for (int i = 0; i < WAITING; i++) {
            scheduler.track("waiting-" + i, i % PARTITIONS, far.plusSeconds(i), (short) 1);
        }
        ScheduledThreadPoolExecutor jdk = new ScheduledThreadPoolExecutor(1);
        jdk.setRemoveOnCancelPolicy(true);
        long measureFrom = clock.millis() + WARM_UP.toMillis();
        AtomicLong published = new AtomicLong();
        AtomicLong fired = new AtomicLong();
        Recorder[] recorders = {new Recorder(measureFrom), new Recorder(measureFrom)};
        SlaMetrics metrics = new SlaMetrics() {
            @Override
            public void fireLateness(Duration late) {
                fired.incrementAndGet();
                // ClockService measures against its clock as the fire starts
                recorders[0].late(clock.millis() - late.toMillis(), late.toMillis());
            }
        };
        PolicyCatalog policies = new PolicyCatalog(List.of(
                policy("urgent", 10, Set.of(Priority.URGENT), 1_200), policy("normal", 100, Set.of(), 3_000)),
                NO_EDITS);
        ClockService engine = new ClockService(new InMemoryTicketSlaStore(), events -> published.addAndGet(
                events.size()), policies, new Mirrored(scheduler, jdk, recorders[1]), metrics, clock);
        scheduler.start(engine::deadlineDue);

        int total = seconds * EVENTS_PER_SECOND;
        int ticketsPerStage = EVENTS_PER_SECOND / STAGES;
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / EVENTS_PER_SECOND;
        long started = System.nanoTime();
        long next = started;
        long behindMax = 0;
        for (int i = 0; i < total; i++) {
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else {
                behindMax = Math.max(behindMax, -wait);
            }
            next += periodNanos;
            // stage s of ticket k comes s seconds after its creation
            int stage = i % STAGES;
            int ticket = i / STAGES - stage * ticketsPerStage;
            if (ticket >= 0) {
                apply(engine, "bench-" + ticket, ticket, stage, clock.instant());
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(3));
        scheduler.stop();
        jdk.shutdownNow();

        long[] timer = recorders[0].sorted();
        long[] baseline = recorders[1].sorted();
        System.out.printf("engine: %,d ticket events in %.1f s (%,.0f/s; generator at most %d ms behind) through "
                        + "ClockService, %,d deadlines fired, %,d SLA events raised, %,d waiting deadlines%n",
                total, elapsed, total / elapsed, TimeUnit.NANOSECONDS.toMillis(behindMax), fired.get(),
                published.get(), WAITING);
        System.out.printf("  engine timer      measured %,d  p50 %d ms  p99 %d ms  p99.9 %d ms  max %d ms%n",
                timer.length, pct(timer, 50), pct(timer, 99), pct(timer, 99.9), timer[timer.length - 1]);
        System.out.printf("  JDK STPE baseline measured %,d  p50 %d ms  p99 %d ms  p99.9 %d ms  max %d ms%n",
                baseline.length, pct(baseline, 50), pct(baseline, 99), pct(baseline, 99.9),
                baseline[baseline.length - 1]);
        System.out.printf("  ratio p99 engine/baseline %.2f (p99 difference %d ms)%n",
                pct(timer, 99) / (double) Math.max(1, pct(baseline, 99)), pct(timer, 99) - pct(baseline, 99));
    }

    private static void apply(ClockService engine, String ticketId, int ticket, int stage, Instant now) {
        String eventId = ticketId + ":" + stage;
        int partition = ticket % PARTITIONS;
        switch (stage) {
            case 0 -> engine.apply(eventId, new TicketCreated(ticketId, ticketId, "bench", Channel.EMAIL, "subject",
                    "body", ticket % 2 == 0 ? Priority.URGENT : Priority.NORMAL,
                    new Customer("c-" + ticket, "Ada", CustomerTier.STANDARD, "en"), "billing", List.of(),
                    List.of(), now, now), partition);
            case 1 -> engine.apply(eventId, new TicketStatusChanged(ticketId, TicketStatus.NEW, TicketStatus.OPEN,
                    now), partition);
            case 2 -> engine.apply(eventId, new TicketReplied(ticketId, "agent-1", "On it", true, now), partition);
            case 3 -> engine.apply(eventId, new CustomerMessageReceived(ticketId, "Thanks, but…", now), partition);
            default -> engine.apply(eventId, new TicketStatusChanged(ticketId, TicketStatus.OPEN,
                    TicketStatus.SOLVED, now), partition);
        }
    }

    private static long pct(long[] sorted, double percentile) {
        return sorted[Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}
