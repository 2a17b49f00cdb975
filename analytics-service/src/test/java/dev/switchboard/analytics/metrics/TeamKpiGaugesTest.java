package dev.switchboard.analytics.metrics;

import dev.switchboard.analytics.AnalyticsProperties;
import dev.switchboard.analytics.kpi.InMemoryBuckets;
import dev.switchboard.analytics.kpi.KpiFixture;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Priority;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static dev.switchboard.analytics.fact.Facts.of;
import static dev.switchboard.analytics.fact.TicketEvents.achieved;
import static dev.switchboard.analytics.fact.TicketEvents.at;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.rated;
import static dev.switchboard.analytics.fact.TicketEvents.warned;
import static org.assertj.core.api.Assertions.assertThat;

class TeamKpiGaugesTest {

    private static final Instant NOW = at(3600);

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void shouldGaugeClocksAtRiskAndTheTrailingCsatAndNpsPerTeam() {
        InMemoryBuckets buckets = InMemoryBuckets.of(List.of(
                of("t-1", created("t-1", at(0), "billing", Priority.HIGH),
                        warned("t-1", SlaMetric.FIRST_REPLY, at(3000), at(100)), rated("t-1", 5, 10, at(200))),
                of("t-2", created("t-2", at(0), "billing", Priority.HIGH),
                        warned("t-2", SlaMetric.FIRST_REPLY, at(3000), at(100)),
                        achieved("t-2", SlaMetric.FIRST_REPLY, at(3000), at(150)), rated("t-2", 2, 3, at(300))),
                of("t-3", created("t-3", at(0), "tech", Priority.LOW), rated("t-3", 4, null,
                        NOW.minus(Duration.ofHours(25))))));
        TeamKpiGauges gauges = new TeamKpiGauges(KpiFixture.reader(buckets, NOW), Clock.fixed(NOW, ZoneOffset.UTC),
                registry, properties());

        gauges.refresh();

        assertThat(gauge(TeamKpiGauges.AT_RISK, "billing", "FIRST_REPLY")).isEqualTo(1.0);
        assertThat(gauge(TeamKpiGauges.AT_RISK, "billing", "RESOLUTION")).isZero();
        assertThat(registry.get(TeamKpiGauges.CSAT).tag("team", "billing").gauge().value()).isEqualTo(0.5);
        // one promoter (10) and one detractor (3): 50 % − 50 %
        assertThat(registry.get(TeamKpiGauges.NPS).tag("team", "billing").gauge().value()).isZero();
        // tech's only rating is older than 24 h: no CSAT series rather than a zero
        assertThat(registry.find(TeamKpiGauges.CSAT).tag("team", "tech").gauge()).isNull();
    }

    private double gauge(String name, String team, String metric) {
        return registry.get(name).tag("team", team).tag("metric", metric).gauge().value();
    }

    private static AnalyticsProperties properties() {
        return new AnalyticsProperties(Duration.ofHours(24), 100, Duration.ofSeconds(5), 3, Duration.ofMinutes(1), 10,
                Duration.ofDays(7), Duration.ofDays(92), Duration.ofDays(1830), Duration.ofMinutes(10));
    }
}
