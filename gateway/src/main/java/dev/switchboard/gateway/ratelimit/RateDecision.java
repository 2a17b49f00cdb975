package dev.switchboard.gateway.ratelimit;

import java.time.Duration;

/**
 * @param limit      the bucket's capacity, for the {@code X-RateLimit-Limit} header
 * @param remaining  requests left right now
 * @param retryAfter when refused, how long until the next request would be let through
 */
public record RateDecision(boolean allowed, long limit, long remaining, Duration retryAfter) {

    static RateDecision allowed(long limit, long remaining) {
        return new RateDecision(true, limit, remaining, Duration.ZERO);
    }

    static RateDecision refused(long limit, Duration retryAfter) {
        return new RateDecision(false, limit, 0, retryAfter);
    }

    /** Whole seconds, rounded up, as {@code Retry-After} wants them: never 0, which would invite an instant retry. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
