package dev.switchboard.analytics.kpi;

/**
 * One agent's KPIs over the tickets currently assigned to them. {@code handled}: those assigned to them in the window;
 * the others are defined in {@link Kpis}. {@code firstReplyP50} in seconds, rates 0..1, null when nothing to measure.
 */
public record AgentRow(String agentId, long handled, long solved, Double firstReplyP50, Double csat,
                       Double slaAchievement) {
}
