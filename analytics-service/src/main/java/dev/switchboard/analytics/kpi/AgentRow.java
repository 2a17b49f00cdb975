package dev.switchboard.analytics.kpi;

/**
 * One agent's KPIs over the tickets currently assigned to them, defined as in {@link Summary}: {@code handled} counts
 * the tickets assigned to them in the window; durations in seconds, rates 0..1, null when nothing to measure. Fields
 * are only ever added (at the end, so that CSV columns keep their places).
 */
public record AgentRow(String agentId, long handled, long solved, Double firstReplyP50, Double csat,
                       Double slaAchievement, Double firstReplyP90, Double resolutionP50, long breaches, long reopens,
                       Double oneTouch, Double occupancy) {

    public static AgentRow of(String agentId, Summary summary) {
        return new AgentRow(agentId, summary.handled(), summary.solved(), summary.firstReplyTime().p50(),
                summary.csat(), summary.slaAchievement(), summary.firstReplyTime().p90(),
                summary.resolutionTime().p50(), summary.breaches(), summary.reopens(), summary.oneTouch(),
                summary.occupancy());
    }

    public boolean hasFigures() {
        return handled > 0 || solved > 0 || firstReplyP50 != null || csat != null || slaAchievement != null
                || breaches > 0 || reopens > 0 || occupancy != null;
    }
}
