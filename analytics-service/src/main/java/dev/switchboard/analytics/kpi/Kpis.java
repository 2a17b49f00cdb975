package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.KpiNames;
import dev.switchboard.analytics.fact.SampleScale;
import dev.switchboard.events.sla.SlaMetric;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the totals of a window's buckets into its KPIs. Which moment of a ticket counts for which KPI is decided in
 * {@link dev.switchboard.analytics.fact.Contributions}; here only the arithmetic on the sums, which is why every KPI
 * is a ratio of sums or a percentile of merged histograms and never an average of per-bucket figures.
 */
public final class Kpis {

    private Kpis() {
    }

    /**
     * @param totals      the sums of the window's buckets
     * @param levelsAtEnd the step counters ({@code backlogChange}, {@code slaAtRiskChange_*}, {@code signedInChange},
     *                    {@code occupiedChange}) summed over all time before {@code to}: the backlog, the clocks at risk
     *                    and the agents signed in and occupied at the window's end
     */
    public static Summary summary(Instant from, Instant to, KpiTotals totals, KpiTotals levelsAtEnd) {
        long solved = totals.count(KpiNames.SOLVED);
        long ratings = totals.count(KpiNames.RATINGS);
        long npsResponses = totals.count(KpiNames.NPS_RESPONSES);
        Map<String, Summary.SlaFigures> sla = new LinkedHashMap<>();
        long achievedAll = 0;
        long breachedAll = 0;
        long atRiskAll = 0;
        for (SlaMetric metric : SlaMetric.values()) {
            long achieved = totals.count(KpiNames.slaAchieved(metric));
            long breached = totals.count(KpiNames.slaBreached(metric));
            long atRisk = levelsAtEnd.count(KpiNames.slaAtRiskChange(metric));
            achievedAll += achieved;
            breachedAll += breached;
            atRiskAll += atRisk;
            sla.put(metric.name(), new Summary.SlaFigures(achieved, breached, ratio(achieved, achieved + breached),
                    atRisk));
        }
        // occupancy: time occupied (signed in and handling a ticket) ÷ time signed in, over all agents counted
        long signedIn = timeIn(KpiNames.SIGNED_IN_CHANGE, KpiNames.SIGNED_IN_MS, from, to, totals, levelsAtEnd);
        long occupied = timeIn(KpiNames.OCCUPIED_CHANGE, KpiNames.OCCUPIED_MS, from, to, totals, levelsAtEnd);
        Double nps = npsResponses == 0 ? null
                : 100.0 * (totals.count(KpiNames.PROMOTERS) - totals.count(KpiNames.DETRACTORS)) / npsResponses;
        return new Summary(from, to,
                totals.count(KpiNames.CREATED),
                solved,
                levelsAtEnd.count(KpiNames.BACKLOG_CHANGE),
                totals.percentiles(SampleScale.FIRST_REPLY),
                totals.percentiles(SampleScale.FULL_RESOLUTION),
                totals.percentiles(SampleScale.QUEUE_WAIT),
                ratio(achievedAll, achievedAll + breachedAll),
                breachedAll,
                totals.count(KpiNames.ESCALATIONS),
                totals.count(KpiNames.REOPENS),
                ratio(totals.count(KpiNames.ONE_TOUCH), solved),
                ratio(totals.count(KpiNames.SATISFIED), ratings),
                nps,
                ratings,
                totals.percentiles(SampleScale.FIRST_RESOLUTION),
                totals.count(KpiNames.HANDLED),
                totals.count(KpiNames.ONE_TOUCH),
                sla,
                atRiskAll,
                ratio(occupied, signedIn),
                signedIn == 0 ? null : signedIn / 1000.0,
                signedIn == 0 ? null : occupied / 1000.0);
    }

    /**
     * Milliseconds in a 0/1 state over [from, to), summed over agents, from its steps: with L the level just before
     * {@code to}, A the window's steps and M their moments (Σ ±t), the integral is L·(to − from) + A·from − M, since
     * the level at {@code from} is L − A and each step in the window holds for (to − t).
     */
    private static long timeIn(String change, String moments, Instant from, Instant to, KpiTotals totals,
                               KpiTotals levelsAtEnd) {
        long level = levelsAtEnd.count(change);
        return level * (to.toEpochMilli() - from.toEpochMilli()) + totals.count(change) * from.toEpochMilli()
                - totals.count(moments);
    }



    private static Double ratio(long part, long whole) {
        return whole <= 0 ? null : (double) part / whole;
    }
}
