package dev.switchboard.analytics.fact;

import dev.switchboard.events.sla.SlaMetric;

/**
 * Names of the counters a ticket contributes to a time bucket. They are field names in the stored buckets, so they
 * contain no dot; adding one is compatible, renaming one orphans what was stored under the old name.
 */
public final class KpiNames {

    public static final String CREATED = "created";
    public static final String SOLVED = "solved";
    /** +1 when the ticket became open (created or unsolved), −1 when it was solved: summed up to T it is the backlog. */
    public static final String BACKLOG_CHANGE = "backlogChange";
    public static final String REOPENS = "reopens";
    public static final String ESCALATIONS = "escalations";
    public static final String HANDLED = "handled";
    public static final String ONE_TOUCH = "oneTouch";
    public static final String RATINGS = "ratings";
    public static final String SATISFIED = "satisfied";
    public static final String NPS_RESPONSES = "npsResponses";
    public static final String PROMOTERS = "promoters";
    public static final String DETRACTORS = "detractors";
    /** +1 when an agent signed in (AVAILABLE or AWAY), −1 when it signed out: summed up to T, agents signed in at T. */
    public static final String SIGNED_IN_CHANGE = "signedInChange";
    /** The moments of those steps, each times its sign (epoch milliseconds): with them the time signed in is exact. */
    public static final String SIGNED_IN_MS = "signedInMs";
    /** The same for "signed in and handling at least one ticket". */
    public static final String OCCUPIED_CHANGE = "occupiedChange";
    public static final String OCCUPIED_MS = "occupiedMs";

    private KpiNames() {
    }

    /** Whether the counter describes agents' time, which only the ALL, TEAM and AGENT views keep. */
    public static boolean isAgentTime(String name) {
        return name.equals(SIGNED_IN_CHANGE) || name.equals(SIGNED_IN_MS) || name.equals(OCCUPIED_CHANGE)
                || name.equals(OCCUPIED_MS);
    }

    public static String slaAchieved(SlaMetric metric) {
        return "slaAchieved_" + metric.name();
    }

    public static String slaBreached(SlaMetric metric) {
        return "slaBreached_" + metric.name();
    }

    /** +1 when the metric's clock became at risk, −1 when it stopped being: summed up to T, the clocks at risk at T. */
    public static String slaAtRiskChange(SlaMetric metric) {
        return "slaAtRiskChange_" + metric.name();
    }
}
