package dev.switchboard.ticket.lifecycle.application;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param interval how often the relay looks for ticket events whose request died before Kafka acknowledged them
 * @param grace    how old such events must be before the relay publishes them; longer than the send timeout, so that
 *                 the relay does not race a request that is still waiting for the broker
 */
@Validated
@ConfigurationProperties("switchboard.ticket.relay")
public record RelayProperties(@NotNull Duration interval, @NotNull Duration grace) {
}
