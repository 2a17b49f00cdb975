package dev.switchboard.analytics.kpi;

import java.time.Instant;
import java.util.Map;

/**
 * The KPIs of one time window; each is defined once, in the README's KPI definitions and {@link Kpis}. Durations in
 * seconds, rates 0..1, NPS −100..100; null when there is nothing to measure. Fields are only ever added.
 */
public record Summary(
        Instant from,
        Instant to,
        long created,
        long solved,
        long backlog,
        Percentiles firstReplyTime,
        Percentiles resolutionTime,
        Percentiles queueWait,
        Double slaAchievement,
        long breaches,
        long escalations,
        long reopens,
        Double oneTouch,
        Double csat,
        Double nps,
        long ratings,
        Percentiles firstResolutionTime,
        long handled,
        long oneTouchTickets,
        Map<String, SlaFigures> sla,
        long slaAtRisk,
        Double occupancy,
        Double signedInTime,
        Double occupiedTime) {

    /** One SLA metric's clocks that ended in the window, and its clocks at risk at the window's end. */
    public record SlaFigures(long achieved, long breached, Double achievement, long atRisk) {
    }
}
