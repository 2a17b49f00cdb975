package dev.switchboard.analytics.surge.messaging;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param enabled       whether inflow is watched at all
 * @param alpha         EWMA smoothing of the per-minute baseline (0.05 ≈ the last 20 minutes weigh most)
 * @param threshold     z-score at or above which a minute is a surge
 * @param minInflow     fewest tickets in a minute that can be a surge (3 tickets after a quiet hour are not a wave)
 * @param warmUpMinutes minutes of history a team needs before it can surge
 * @param minStdDev     floor of the standard deviation, so that a perfectly steady team is not alarmed by one ticket
 * @param checkInterval how often the scheduler looks for a newly closed minute
 */
@Validated
@ConfigurationProperties("switchboard.analytics.surge")
public record SurgeProperties(
        boolean enabled,
        @Positive @DecimalMax("1.0") double alpha,
        @Positive double threshold,
        @PositiveOrZero long minInflow,
        @PositiveOrZero int warmUpMinutes,
        @Positive double minStdDev,
        @NotNull Duration checkInterval) {
}
