package dev.switchboard.analytics.surge.messaging;

import dev.switchboard.analytics.fact.KpiNames;
import dev.switchboard.analytics.kpi.BucketLevel;
import dev.switchboard.analytics.kpi.KpiBucket;
import dev.switchboard.analytics.kpi.View;
import dev.switchboard.analytics.kpi.query.BucketQuery;
import dev.switchboard.analytics.surge.SurgeDetector;
import dev.switchboard.events.analytics.SurgeDetected;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Feeds each closed minute's inflow per team from the minute buckets to the {@link SurgeDetector} and publishes what
 * it raises. After a start it first replays the last {@code warmUp} minutes from the buckets without publishing, so
 * the baseline survives a restart; an alert raised again for the same minute has the same {@code ce_id}.
 */
public class SurgeMonitor {

    static final String SURGES = "switchboard.analytics.surges";
    private static final Logger log = LoggerFactory.getLogger(SurgeMonitor.class);
    /** A minute is read once it is this far in the past, so that its events have arrived. */
    private static final Duration SETTLE = Duration.ofSeconds(5);

    private final SurgeDetector detector;
    private final BucketQuery buckets;
    private final SurgePublisher publisher;
    private final MeterRegistry registry;
    private final Clock clock;
    private final int warmUpMinutes;

    SurgeMonitor(SurgeDetector detector, BucketQuery buckets, SurgePublisher publisher, MeterRegistry registry,
                 Clock clock, int warmUpMinutes) {
        this.detector = detector;
        this.buckets = buckets;
        this.publisher = publisher;
        this.registry = registry;
        this.clock = clock;
        this.warmUpMinutes = warmUpMinutes;
    }

    // synchronized: the detector is fed minute after minute by one caller at a time (the scheduler, or a test)
    @Scheduled(fixedDelayString = "${switchboard.analytics.surge.check-interval}")
    public synchronized void check() {
        try {
            checkNow();
        } catch (RuntimeException e) {
            // the next check reads the buckets again; a missed minute only delays the baseline
            log.warn("Could not check the inflow for surges: {}", e.toString());
        }
    }

    synchronized void checkNow() {
        Instant lastClosed = BucketLevel.MINUTE.start(clock.instant().minus(SETTLE)).minus(Duration.ofMinutes(1));
        Instant next = detector.lastMinute() == null
                ? lastClosed.minus(Duration.ofMinutes(warmUpMinutes))
                : detector.lastMinute().plus(Duration.ofMinutes(1));
        boolean warmingUp = detector.lastMinute() == null;
        for (Instant minute = next; !minute.isAfter(lastClosed); minute = minute.plus(Duration.ofMinutes(1))) {
            List<SurgeDetected> surges = detector.observe(minute, inflow(minute));
            if (!warmingUp || minute.equals(lastClosed)) {
                surges.forEach(this::raise);
            }
        }
    }

    private Map<String, Long> inflow(Instant minute) {
        Map<String, Long> byTeam = new HashMap<>();
        List<KpiBucket> found = buckets.find(BucketLevel.MINUTE, View.TEAM, Map.of(), minute,
                minute.plus(Duration.ofMinutes(1))).collectList().block(Duration.ofSeconds(10));
        if (found != null) {
            found.forEach(bucket -> byTeam.merge(bucket.key(), bucket.totals().count(KpiNames.CREATED), Long::sum));
        }
        return byTeam;
    }

    private void raise(SurgeDetected surge) {
        publisher.publish(surge);
        Counter.builder(SURGES).description("Surges of ticket inflow detected").tag("team", surge.team())
                .register(registry).increment();
        log.info("Surge for team {}: {} tickets in the minute from {}, baseline {} ± {}", surge.team(),
                surge.inflow(), surge.windowStart(), surge.baseline(), surge.stdDev());
    }
}
