package dev.switchboard.gateway.ratelimit.web;

/** The headers every rate-limited answer carries, besides {@code Retry-After} on a 429. */
public final class RateLimitHeaders {

    public static final String LIMIT = "X-RateLimit-Limit";
    public static final String REMAINING = "X-RateLimit-Remaining";

    private RateLimitHeaders() {
    }
}
