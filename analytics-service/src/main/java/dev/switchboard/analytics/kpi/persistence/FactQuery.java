package dev.switchboard.analytics.kpi.persistence;

import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.analytics.kpi.FactFilter;
import dev.switchboard.analytics.kpi.TimeWindow;
import reactor.core.publisher.Flux;

/** Reads the facts a KPI query needs. */
public interface FactQuery {

    /**
     * Every fact matching the filter that can contribute to a KPI of the window: any with activity at or after its
     * start, and any ticket created before its end that is unsolved now (it may be backlog). Possibly more; the KPI
     * definitions select exactly.
     */
    Flux<TicketFact> relevantTo(FactFilter filter, TimeWindow window);

    /** The backlog now ({@code Kpis.backlog} with {@code to} = now), counted per team and priority. */
    Flux<BacklogCount> backlogNow();
}
