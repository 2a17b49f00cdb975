package dev.switchboard.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final Caller AGENT = Caller.agent("alice-key", "alice");
    private static final Caller OTHER_AGENT = Caller.agent("bob-key", "bob");
    private static final Caller PLATFORM = Caller.platform("zendesk", "zendesk-eu");

    private final MutableClock clock = new MutableClock();
    private final RateLimiter limiter = new RateLimiter(limits(new BucketSpec(3, 1), new BucketSpec(100, 50)), clock);

    @Test
    void shouldLetABurstThroughThenRefuseWithTheWaitUntilTheNextToken() {
        // given a full bucket of 3, refilled at 1/s
        IntStream.range(0, 3).forEach(i -> assertThat(limiter.tryAcquire(AGENT).allowed()).isTrue());

        // when
        RateDecision refused = limiter.tryAcquire(AGENT);

        // then
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    }

    @Test
    void shouldRefillAtTheConfiguredRate() {
        // given an empty bucket
        IntStream.range(0, 3).forEach(i -> limiter.tryAcquire(AGENT));

        // when half a token's time passes, then a whole one
        clock.advance(Duration.ofMillis(500));
        RateDecision early = limiter.tryAcquire(AGENT);
        clock.advance(Duration.ofMillis(500));
        RateDecision onTime = limiter.tryAcquire(AGENT);

        // then
        assertThat(early.allowed()).isFalse();
        assertThat(early.retryAfter()).isEqualTo(Duration.ofMillis(500));
        assertThat(early.retryAfterSeconds()).as("never 0: that would invite an instant retry").isEqualTo(1);
        assertThat(onTime.allowed()).isTrue();
    }

    @Test
    void shouldNeverHoldMoreThanTheCapacity() {
        // given a long quiet time
        limiter.tryAcquire(AGENT);
        clock.advance(Duration.ofHours(1));

        // when / then only the burst passes
        assertThat(IntStream.range(0, 5).filter(i -> limiter.tryAcquire(AGENT).allowed()).count()).isEqualTo(3);
    }

    @Test
    void shouldKeepOneBucketPerCredentialShapedByItsRole() {
        // given alice's bucket is empty
        IntStream.range(0, 3).forEach(i -> limiter.tryAcquire(AGENT));

        // when / then bob and the platform are not affected, and the platform's bucket is the larger one
        assertThat(limiter.tryAcquire(AGENT).allowed()).isFalse();
        assertThat(limiter.tryAcquire(OTHER_AGENT).allowed()).isTrue();
        assertThat(limiter.tryAcquire(PLATFORM).limit()).isEqualTo(100);
    }

    @Test
    void shouldNotRefillWhenTheClockStepsBack() {
        // given an empty bucket
        IntStream.range(0, 3).forEach(i -> limiter.tryAcquire(AGENT));

        // when the clock steps back and forth again to where it was
        clock.advance(Duration.ofSeconds(-30));
        limiter.tryAcquire(AGENT);
        clock.advance(Duration.ofSeconds(30));

        // then
        assertThat(limiter.tryAcquire(AGENT).allowed()).isFalse();
    }

    @Test
    void shouldDropFullBucketsBeyondTheBound() {
        // given more callers than buckets are kept, all long idle
        IntStream.range(0, RateLimiter.MAX_BUCKETS + 2)
                .forEach(i -> limiter.tryAcquire(Caller.agent("key-" + i, "agent-" + i)));
        clock.advance(Duration.ofMinutes(1));

        // when
        limiter.tryAcquire(AGENT);

        // then
        assertThat(limiter.bucketCount()).isEqualTo(1);
    }

    @Test
    void shouldRequireALimitForEveryRole() {
        // when / then
        assertThatThrownBy(() -> new RateLimiter(Map.of(Role.AGENT, new BucketSpec(1, 1)), clock))
                .hasMessageContaining("PLATFORM");
        assertThatThrownBy(() -> new BucketSpec(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BucketSpec(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Map<Role, BucketSpec> limits(BucketSpec agent, BucketSpec others) {
        Map<Role, BucketSpec> limits = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            limits.put(role, role == Role.AGENT ? agent : others);
        }
        return limits;
    }

    private static final class MutableClock extends Clock {

        private Instant now = Instant.parse("2026-11-23T08:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
