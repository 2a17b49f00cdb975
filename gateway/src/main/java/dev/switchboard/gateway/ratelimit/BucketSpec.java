package dev.switchboard.gateway.ratelimit;

/**
 * A token bucket's shape: {@code capacity} requests at once (the burst), refilled at {@code refillPerSecond}.
 */
public record BucketSpec(long capacity, double refillPerSecond) {

    public BucketSpec {
        if (capacity < 1) {
            throw new IllegalArgumentException("a bucket holds at least one request, was " + capacity);
        }
        if (!(refillPerSecond > 0) || Double.isInfinite(refillPerSecond)) {
            throw new IllegalArgumentException("a bucket refills at a positive finite rate, was " + refillPerSecond);
        }
    }
}
