package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.TicketFact;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** One row per agent with anything to show in the window, ordered by agent id. */
public final class AgentReport {

    private AgentReport() {
    }

    public static List<AgentRow> rows(Collection<TicketFact> facts, TimeWindow window) {
        Map<String, List<TicketFact>> byAgent = facts.stream()
                .filter(fact -> fact.assignee() != null)
                .collect(Collectors.groupingBy(TicketFact::assignee, TreeMap::new, Collectors.toList()));
        return byAgent.entrySet().stream()
                .map(entry -> row(entry.getKey(), entry.getValue(), window))
                .filter(AgentReport::hasFigures)
                .toList();
    }

    private static AgentRow row(String agentId, List<TicketFact> facts, TimeWindow window) {
        long handled = facts.stream().filter(fact -> window.contains(fact.assignedAt())).count();
        return new AgentRow(agentId, handled, Kpis.solved(facts, window), Kpis.firstReplyTime(facts, window).p50(),
                Kpis.csat(facts, window), Kpis.slaAchievement(facts, window));
    }

    private static boolean hasFigures(AgentRow row) {
        return row.handled() > 0 || row.solved() > 0 || row.firstReplyP50() != null || row.csat() != null
                || row.slaAchievement() != null;
    }
}
