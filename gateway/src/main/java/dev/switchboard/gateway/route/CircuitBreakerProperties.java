package dev.switchboard.gateway.route;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code switchboard.gateway.circuit-breaker.*}: one Resilience4j breaker per service. Connection failures and
 * timeouts count as failures; a service's own 4xx/5xx answers do not (they are answers, passed on unchanged).
 *
 * @param failureRateThreshold percentage of failed calls in the window that opens the breaker
 * @param slidingWindowSize    calls the failure rate is computed over
 * @param minimumNumberOfCalls calls needed before the rate counts at all
 * @param waitInOpenState      how long an open breaker answers 503 at once before letting trial calls through
 * @param permittedCallsInHalfOpenState trial calls that decide whether to close again
 */
@Validated
@ConfigurationProperties("switchboard.gateway.circuit-breaker")
public record CircuitBreakerProperties(
        @Min(1) @Max(100) @DefaultValue("50") float failureRateThreshold,
        @Min(1) @DefaultValue("20") int slidingWindowSize,
        @Min(1) @DefaultValue("10") int minimumNumberOfCalls,
        @NotNull @DefaultValue("10s") Duration waitInOpenState,
        @Min(1) @DefaultValue("3") int permittedCallsInHalfOpenState) {
}
