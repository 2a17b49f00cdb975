package dev.switchboard.analytics.kpi.persistence;

import dev.switchboard.analytics.kpi.BucketLevel;
import dev.switchboard.analytics.kpi.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Deletes buckets past their level's retention. TTL indexes would do this in MongoDB, but the local stand-in never
 * expires them, so the service deletes whole hours (minutes) and whole days (hours, days) itself; queries never cut a
 * window finer than the retained level, so they never see a half-deleted hour.
 */
public class BucketRetentionJob {

    private static final Logger log = LoggerFactory.getLogger(BucketRetentionJob.class);

    private final MongoKpiBuckets buckets;
    private final Retention retention;
    private final Clock clock;

    BucketRetentionJob(MongoKpiBuckets buckets, Retention retention, Clock clock) {
        this.buckets = buckets;
        this.retention = retention;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${switchboard.analytics.retention-interval}",
            initialDelayString = "${switchboard.analytics.retention-interval}")
    public void purge() {
        Instant now = clock.instant();
        Map<BucketLevel, Instant> horizons = Map.of(
                BucketLevel.MINUTE, retention.minuteHorizon(now),
                BucketLevel.HOUR, retention.hourHorizon(now),
                BucketLevel.DAY, retention.dayHorizon(now));
        horizons.forEach((level, horizon) -> {
            try {
                long deleted = buckets.deleteBefore(level, horizon);
                if (deleted > 0) {
                    log.info("Deleted {} {} buckets before {}", deleted, level, horizon);
                }
            } catch (RuntimeException e) {
                // the next run tries again; nothing depends on the deletion being prompt
                log.warn("Could not delete old {} buckets: {}", level, e.toString());
            }
        });
    }
}
