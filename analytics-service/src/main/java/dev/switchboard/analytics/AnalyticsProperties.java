package dev.switchboard.analytics;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * @param defaultWindow          length of the KPI window when a query names no {@code from}
 * @param maxTimeseriesPoints    most buckets one time-series series may have (a guard against MINUTE over a year)
 * @param storeTimeout           longest wait for one MongoDB operation of a consumer
 * @param maxWriteAttempts       optimistic-concurrency attempts per event before the binder retries it
 * @param backlogRefreshInterval how often the backlog gauge is recounted from MongoDB
 * @param maxTeamTags            distinct {@code team} tag values per meter; more are dropped to keep series bounded
 * @param minuteRetention        how long minute buckets are kept (whole hours are deleted)
 * @param hourRetention          how long hour buckets are kept (whole days are deleted)
 * @param dayRetention           how long day buckets are kept
 * @param retentionInterval      how often buckets past their retention are deleted
 */
@Validated
@ConfigurationProperties("switchboard.analytics")
public record AnalyticsProperties(
        @NotNull Duration defaultWindow,
        @Positive int maxTimeseriesPoints,
        @NotNull Duration storeTimeout,
        @Positive int maxWriteAttempts,
        @NotNull Duration backlogRefreshInterval,
        @Positive int maxTeamTags,
        @NotNull Duration minuteRetention,
        @NotNull Duration hourRetention,
        @NotNull Duration dayRetention,
        @NotNull Duration retentionInterval) {
}
