package dev.switchboard.local.demo;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Ticket arrivals as a Poisson process: the gaps between arrivals are exponentially distributed with mean
 * {@code 1 / rate}, which is how independent customers writing in at a steady average rate behave.
 */
public final class Arrivals {

    private final double meanGapNanos;
    private final RandomGenerator random;

    /** @param ticketsPerMinute the average arrival rate; must be positive */
    public Arrivals(double ticketsPerMinute, RandomGenerator random) {
        if (!(ticketsPerMinute > 0)) {
            throw new IllegalArgumentException("rate must be positive, was " + ticketsPerMinute);
        }
        this.meanGapNanos = Duration.ofMinutes(1).toNanos() / ticketsPerMinute;
        this.random = random;
    }

    /** The time until the next ticket arrives. */
    public Duration nextGap() {
        return Duration.ofNanos(Math.round(random.nextExponential() * meanGapNanos));
    }
}
