package dev.switchboard.gateway.ratelimit.web;

import dev.switchboard.gateway.problem.ProblemResponder;
import dev.switchboard.gateway.ratelimit.RateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.WebFilter;

@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "switchboard.gateway.rate-limit.enabled", matchIfMissing = true)
class RateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(RateLimitProperties properties, Clock clock) {
        return new RateLimiter(properties.toBucketSpecs(), clock);
    }

    @Bean
    WebFilter rateLimitWebFilter(RateLimiter limiter, ProblemResponder responder, MeterRegistry meters) {
        return new RateLimitWebFilter(limiter, responder, meters);
    }
}
