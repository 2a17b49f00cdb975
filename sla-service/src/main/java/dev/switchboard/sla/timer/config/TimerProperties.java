package dev.switchboard.sla.timer.config;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * {@code maxSleep}: the longest the timer thread sleeps without looking at the clock again; {@code retryDelay}: how
 * long a deadline that failed (database or broker down) waits before it is tried again; {@code firingThreads}: how
 * many due deadlines (each of a different ticket) are handled at once, each waiting on the database and the broker.
 */
@Validated
@ConfigurationProperties("switchboard.sla.timer")
public record TimerProperties(@NotNull @DefaultValue("PT1S") Duration maxSleep,
                              @NotNull @DefaultValue("PT5S") Duration retryDelay,
                              @Min(1) @Max(64) @DefaultValue("8") int firingThreads) {
}
