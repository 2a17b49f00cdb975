package dev.switchboard.routing.config;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param eventSource the {@code ce_source} of every event this service produces
 * @param sendTimeout how long a producer waits for the broker's acknowledgement before giving up
 * @param storeTimeout how long a MongoDB read or write may take before the consumer gives up and retries
 */
@Validated
@ConfigurationProperties("switchboard.routing")
public record RoutingProperties(@NotBlank String eventSource, @NotNull Duration sendTimeout,
                                @NotNull Duration storeTimeout) {
}
