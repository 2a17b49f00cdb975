package dev.switchboard.analytics.kpi;

import java.time.Instant;

/** The KPIs of one time window; each field is defined once, in {@link Kpis}. Durations in seconds, rates 0..1. */
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
        long ratings) {
}
