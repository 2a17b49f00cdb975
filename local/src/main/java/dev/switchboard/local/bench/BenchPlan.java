package dev.switchboard.local.bench;

import java.time.Duration;

/**
 * How much load each phase of the bench sends; every phase is bounded both in count and in time, and all of it goes
 * to 127.0.0.1.
 */
public record BenchPlan(long singleEvents, int singleConcurrency, long batches, int batchSize, int batchConcurrency,
                        Duration phaseLimit, int assignTickets, int assignPerSecond, int loadedAssignTickets,
                        int loadedAssignPerSecond, int slaTickets, int slaPerSecond, Duration slaTarget,
                        int analyticsWarmUpQueries, int analyticsQueries, long ceilingRecords) {

    /**
     * What {@code ./switchboard bench} runs: about twenty minutes on a 2-core machine. The intake phases are sized so
     * that the rest of the system can work off what they accepted (about 50,000 tickets; on 2 cores the services
     * take about ten minutes for that) before the latency phases: 60 batches of 1,000 per phase, as at first, left
     * 150,000 tickets queued, three quarters of an hour of catching up.
     *
     * <p>created → assigned is a latency: it is taken at 5 tickets/s, where the two cores have room, and again at
     * 25 tickets/s, which on a slow day is most of what the whole system can carry here (55 to 78 ms of CPU per
     * ticket across its JVMs), so that figure shows queueing for CPU, not the decision.
     *
     * <p>SLA lateness is the timer's: the breaching tickets arrive at 10/s, which the system carries. At 50/s (500
     * in 10 s, about 40 CPU seconds of work across its JVMs on a slow day) the first clocks fell due while the two
     * cores were still working the burst off, and the p99 of 3.5 s was that queue, not the timer.
     *
     * <p>The analytics query is timed in the services' steady state, after 3,000 calls (see {@link WarmUp}), and the
     * 1,000 timed queries give a p99 that is not one or two stragglers.
     */
    public static BenchPlan full() {
        return new BenchPlan(30_000, 32, 16, 1_000, 4, Duration.ofSeconds(45), 300, 5, 500, 25, 500, 10,
                Duration.ofSeconds(15), 3_000, 1_000, 1_000_000);
    }

    /** {@code ./switchboard bench --quick}: the same phases at a tenth of the load, to check the harness. */
    public static BenchPlan quick() {
        return new BenchPlan(3_000, 16, 6, 500, 2, Duration.ofSeconds(30), 100, 5, 100, 20, 100, 10,
                Duration.ofSeconds(10), 500, 100, 200_000);
    }
}
