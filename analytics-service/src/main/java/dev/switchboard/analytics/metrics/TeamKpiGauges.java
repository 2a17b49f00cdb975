package dev.switchboard.analytics.metrics;

import dev.switchboard.analytics.AnalyticsProperties;
import dev.switchboard.analytics.kpi.GroupBy;
import dev.switchboard.analytics.kpi.Summary;
import dev.switchboard.analytics.kpi.TimeWindow;
import dev.switchboard.analytics.kpi.query.KpiReader;
import dev.switchboard.events.sla.SlaMetric;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Per-team gauges read from the same time buckets as the API, so Grafana and the summary endpoint agree: SLA clocks at
 * risk now (per metric), and CSAT, NPS and agent occupancy over the trailing {@link #TRAILING} window. A team with nothing to measure
 * has no CSAT/NPS series rather than a misleading zero.
 */
@Component
class TeamKpiGauges {

    static final String AT_RISK = "switchboard.analytics.sla.at.risk";
    static final String CSAT = "switchboard.analytics.csat.ratio";
    static final String NPS = "switchboard.analytics.nps";
    static final String OCCUPANCY = "switchboard.analytics.agent.occupancy.ratio";
    static final Duration TRAILING = Duration.ofHours(24);

    private static final Logger log = LoggerFactory.getLogger(TeamKpiGauges.class);

    private final KpiReader kpis;
    private final Clock clock;
    private final Duration timeout;
    private final MultiGauge atRisk;
    private final MultiGauge csat;
    private final MultiGauge nps;
    private final MultiGauge occupancy;

    TeamKpiGauges(KpiReader kpis, Clock clock, MeterRegistry registry, AnalyticsProperties properties) {
        this.kpis = kpis;
        this.clock = clock;
        this.timeout = properties.storeTimeout();
        this.atRisk = MultiGauge.builder(AT_RISK)
                .description("Open SLA clocks warned about and neither achieved nor breached yet").register(registry);
        this.csat = MultiGauge.builder(CSAT)
                .description("Share of ratings with CSAT 4 or 5 over the last 24 h").register(registry);
        this.nps = MultiGauge.builder(NPS)
                .description("Net promoter score (-100..100) over the last 24 h").register(registry);
        this.occupancy = MultiGauge.builder(OCCUPANCY)
                .description("Time agents handled at least one ticket / time signed in, over the last 24 h")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${switchboard.analytics.backlog-refresh-interval}",
            initialDelayString = "${switchboard.analytics.backlog-refresh-interval}")
    void refresh() {
        try {
            Map<String, Summary> byTeam = kpis.summariesBy(GroupBy.TEAM,
                    TimeWindow.ending(clock.instant(), TRAILING)).block(timeout);
            if (byTeam != null) {
                register(byTeam);
            }
        } catch (RuntimeException e) {
            // keep the last figures; the next refresh tries again
            log.warn("Could not refresh the team gauges: {}", e.toString());
        }
    }

    private void register(Map<String, Summary> byTeam) {
        List<MultiGauge.Row<?>> atRiskRows = new ArrayList<>();
        List<MultiGauge.Row<?>> csatRows = new ArrayList<>();
        List<MultiGauge.Row<?>> npsRows = new ArrayList<>();
        List<MultiGauge.Row<?>> occupancyRows = new ArrayList<>();
        byTeam.forEach((team, summary) -> {
            for (SlaMetric metric : SlaMetric.values()) {
                Summary.SlaFigures figures = summary.sla().get(metric.name());
                // zeros too: a series that vanishes when the last clock ends would read as "no data", not "none"
                if (figures != null) {
                    atRiskRows.add(MultiGauge.Row.of(Tags.of("team", team, "metric", metric.name()),
                            figures.atRisk()));
                }
            }
            if (summary.csat() != null) {
                csatRows.add(MultiGauge.Row.of(Tags.of("team", team), summary.csat()));
            }
            if (summary.nps() != null) {
                npsRows.add(MultiGauge.Row.of(Tags.of("team", team), summary.nps()));
            }
            if (summary.occupancy() != null) {
                occupancyRows.add(MultiGauge.Row.of(Tags.of("team", team), summary.occupancy()));
            }
        });
        atRisk.register(atRiskRows, true);
        csat.register(csatRows, true);
        nps.register(npsRows, true);
        occupancy.register(occupancyRows, true);
    }
}
