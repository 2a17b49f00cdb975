package dev.switchboard.sla.timer.config;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code maxSleep}: the longest the timer thread sleeps without looking at the clock again; {@code retryDelay}: how
 * long a deadline that failed (database or broker down) waits before it is tried again.
 */
@Validated
@ConfigurationProperties("switchboard.sla.timer")
public record TimerProperties(@NotNull @DefaultValue("PT1S") Duration maxSleep,
                              @NotNull @DefaultValue("PT5S") Duration retryDelay) {
}
