package dev.switchboard.gateway.ratelimit;

import java.time.Duration;

/** One caller's bucket. Time is passed in (milliseconds of an injected clock), so tests need no sleeping. */
final class TokenBucket {

    private final BucketSpec spec;
    private double tokens;
    private long lastMillis;

    TokenBucket(BucketSpec spec, long nowMillis) {
        this.spec = spec;
        this.tokens = spec.capacity();
        this.lastMillis = nowMillis;
    }

    synchronized RateDecision tryTake(long nowMillis) {
        refill(nowMillis);
        if (tokens >= 1) {
            tokens -= 1;
            return RateDecision.allowed(spec.capacity(), (long) Math.floor(tokens));
        }
        long waitMillis = (long) Math.ceil((1 - tokens) * 1000 / spec.refillPerSecond());
        return RateDecision.refused(spec.capacity(), Duration.ofMillis(Math.max(1, waitMillis)));
    }

    synchronized boolean isFullAt(long nowMillis) {
        refill(nowMillis);
        return tokens >= spec.capacity();
    }

    private void refill(long nowMillis) {
        // a clock stepping backwards must not drain or overfill the bucket
        long elapsed = Math.max(0, nowMillis - lastMillis);
        tokens = Math.min(spec.capacity(), tokens + elapsed * spec.refillPerSecond() / 1000);
        lastMillis = Math.max(lastMillis, nowMillis);
    }
}
