package dev.switchboard.local.demo;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Ticket arrivals as a Poisson process: independent customers writing in at an average rate. With a {@link DayShape}
 * the rate follows the time of day (a non-homogeneous Poisson process, drawn by thinning: candidates arrive at the
 * peak rate and each is kept with probability rate-now / peak-rate). The process keeps its own virtual time, so the
 * gaps depend only on the seed and the start time, never on how late the scheduler ran.
 */
public final class Arrivals {

    private final double meanCandidateGapNanos;
    private final DayShape shape;
    private final double peak;
    private final RandomGenerator random;
    private long nanosOfDay;

    /** A steady rate. @param ticketsPerMinute the average arrival rate; must be positive */
    public Arrivals(double ticketsPerMinute, RandomGenerator random) {
        this(ticketsPerMinute, DayShape.FLAT, Duration.ZERO, random);
    }

    /**
     * @param ticketsPerMinute the rate averaged over a day; must be positive
     * @param startOfDay       the time of day the process starts at, as the time since midnight
     */
    public Arrivals(double ticketsPerMinute, DayShape shape, Duration startOfDay, RandomGenerator random) {
        if (!(ticketsPerMinute > 0)) {
            throw new IllegalArgumentException("rate must be positive, was " + ticketsPerMinute);
        }
        this.shape = shape;
        this.peak = shape.peak();
        this.meanCandidateGapNanos = Duration.ofMinutes(1).toNanos() / (ticketsPerMinute * peak);
        this.random = random;
        this.nanosOfDay = startOfDay.toNanos();
    }

    /** The time until the next ticket arrives. */
    public Duration nextGap() {
        long gap = 0;
        do {
            long candidate = Math.round(random.nextExponential() * meanCandidateGapNanos);
            gap += candidate;
            nanosOfDay += candidate;
        } while (random.nextDouble() * peak >= shape.multiplierAt(nanosOfDay));
        return Duration.ofNanos(gap);
    }
}
