package dev.switchboard.analytics.kpi;

import java.util.function.Function;

/** The KPIs a time series can show; each point is that field of the {@link Summary} of its bucket. */
public enum TimeseriesMetric {
    CREATED(Summary::created),
    SOLVED(Summary::solved),
    BACKLOG(Summary::backlog),
    HANDLED(Summary::handled),
    REOPENS(Summary::reopens),
    BREACHES(Summary::breaches),
    ESCALATIONS(Summary::escalations),
    RATINGS(Summary::ratings),
    SLA_ACHIEVEMENT(Summary::slaAchievement),
    ONE_TOUCH(Summary::oneTouch),
    CSAT(Summary::csat),
    NPS(Summary::nps),
    FIRST_REPLY_P50(s -> s.firstReplyTime().p50()),
    FIRST_REPLY_P90(s -> s.firstReplyTime().p90()),
    FIRST_REPLY_P99(s -> s.firstReplyTime().p99()),
    RESOLUTION_P50(s -> s.resolutionTime().p50()),
    RESOLUTION_P90(s -> s.resolutionTime().p90()),
    RESOLUTION_P99(s -> s.resolutionTime().p99()),
    QUEUE_WAIT_P50(s -> s.queueWait().p50()),
    QUEUE_WAIT_P90(s -> s.queueWait().p90()),
    QUEUE_WAIT_P99(s -> s.queueWait().p99()),
    SLA_AT_RISK(Summary::slaAtRisk),
    OCCUPANCY(Summary::occupancy);

    private final Function<Summary, Number> value;

    TimeseriesMetric(Function<Summary, Number> value) {
        this.value = value;
    }

    Number valueOf(Summary bucket) {
        return value.apply(bucket);
    }
}
