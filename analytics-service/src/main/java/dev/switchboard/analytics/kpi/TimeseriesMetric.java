package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.TicketFact;

import java.util.Collection;

/** The KPIs a time series can show; each bucket's value is the KPI of {@link Kpis} over that bucket. */
public enum TimeseriesMetric {
    CREATED {
        @Override
        long valueIn(Collection<TicketFact> facts, TimeWindow bucket) {
            return Kpis.created(facts, bucket);
        }
    },
    SOLVED {
        @Override
        long valueIn(Collection<TicketFact> facts, TimeWindow bucket) {
            return Kpis.solved(facts, bucket);
        }
    };

    abstract long valueIn(Collection<TicketFact> facts, TimeWindow bucket);
}
