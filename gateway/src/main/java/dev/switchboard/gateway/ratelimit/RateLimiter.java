package dev.switchboard.gateway.ratelimit;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per credential, shaped by the caller's role. Buckets live in this gateway instance's memory: with
 * several instances behind a load balancer a caller gets up to that many times its limit, which is the price of needing
 * no shared store.
 */
public final class RateLimiter {

    /** Beyond this many buckets, full ones are dropped: a full bucket is the same as no bucket. */
    static final int MAX_BUCKETS = 10_000;

    private final Map<Role, BucketSpec> limits;
    private final Clock clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(Map<Role, BucketSpec> limits, Clock clock) {
        this.limits = new EnumMap<>(limits);
        this.clock = clock;
        for (Role role : Role.values()) {
            if (!this.limits.containsKey(role)) {
                throw new IllegalArgumentException("no rate limit for role " + role);
            }
        }
    }

    public RateDecision tryAcquire(Caller caller) {
        long now = clock.millis();
        if (buckets.size() > MAX_BUCKETS) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
        // the role is part of the key, so a token subject and an API key of the same name never share a bucket
        String key = caller.role() + ":" + caller.name();
        return buckets.computeIfAbsent(key, k -> new TokenBucket(limits.get(caller.role()), now)).tryTake(now);
    }

    int bucketCount() {
        return buckets.size();
    }
}
