package dev.switchboard.analytics.kpi.persistence;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * How the buckets' delta tokens are pruned ({@link TokenPruner}).
 *
 * @param retention     how long a cleared delta's tokens stay in its buckets after the pruner first saw it cleared;
 *                      a flush that takes longer is refused by the fence and reads its fact again
 * @param pruneInterval how often the pruner runs
 * @param maxClockSkew  the largest difference between the clocks of the service's instances: a bucket's fence lies
 *                      this far after the moment the pruner saw the delta cleared
 */
@Validated
@ConfigurationProperties("switchboard.analytics.tokens")
public record TokenProperties(
        @NotNull Duration retention,
        @NotNull Duration pruneInterval,
        @NotNull Duration maxClockSkew) {

    @AssertTrue(message = "retention must be longer than max-clock-skew")
    public boolean isRetentionLongerThanSkew() {
        return retention == null || maxClockSkew == null || retention.compareTo(maxClockSkew) > 0;
    }
}
