package dev.switchboard.local.demo;

import java.time.Duration;
import java.util.random.RandomGenerator;

/** When an agent takes a break (goes AWAY) and for how long, so that routing sees agents come and go. */
public final class PresencePlan {

    static final Duration MEAN_TIME_BETWEEN_BREAKS = Duration.ofMinutes(8);
    static final Duration SHORTEST_BREAK = Duration.ofMinutes(1);
    static final Duration LONGEST_BREAK = Duration.ofMinutes(3);

    private final RandomGenerator random;

    public PresencePlan(RandomGenerator random) {
        this.random = random;
    }

    /** How long the agent works before the next break. */
    public Duration untilNextBreak() {
        return Duration.ofNanos(Math.round(random.nextExponential() * MEAN_TIME_BETWEEN_BREAKS.toNanos()));
    }

    /** How long the next break lasts: uniform between one and three minutes. */
    public Duration breakLength() {
        return Duration.ofNanos(random.nextLong(SHORTEST_BREAK.toNanos(), LONGEST_BREAK.toNanos() + 1));
    }
}
