package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.TicketFact;

import java.util.Objects;
import java.util.function.Function;

/** A dimension a time series can be split by; tickets without a value are grouped under {@value #UNKNOWN}. */
public enum GroupBy {
    TEAM(TicketFact::effectiveTeam),
    AGENT(TicketFact::assignee),
    CHANNEL(TicketFact::channel),
    PRIORITY(TicketFact::priority);

    public static final String UNKNOWN = "unknown";

    private final Function<TicketFact, Object> dimension;

    GroupBy(Function<TicketFact, Object> dimension) {
        this.dimension = dimension;
    }

    String keyOf(TicketFact fact) {
        return Objects.toString(dimension.apply(fact), UNKNOWN);
    }
}
