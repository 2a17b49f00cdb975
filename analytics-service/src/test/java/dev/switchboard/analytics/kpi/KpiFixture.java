package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.analytics.kpi.query.KpiReader;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Reads KPIs of facts the way the service does: their contributions in buckets, through {@link KpiReader}. */
public final class KpiFixture {

    /** Keeps everything: unit tests of definitions should not depend on retention. */
    public static final Retention KEEP_ALL = new Retention(Duration.ofDays(36_500), Duration.ofDays(36_500),
            Duration.ofDays(36_500));

    private KpiFixture() {
    }

    public static KpiReader reader(InMemoryBuckets buckets, Instant now) {
        return new KpiReader(buckets, KEEP_ALL, Clock.fixed(now, ZoneOffset.UTC));
    }

    public static KpiReader reader(List<TicketFact> facts) {
        return reader(InMemoryBuckets.of(facts), Instant.parse("2026-11-24T00:00:00Z"));
    }

    public static Summary summaryOf(List<TicketFact> facts, TimeWindow window) {
        return reader(facts).summary(FactFilter.ALL, window).block();
    }
}
