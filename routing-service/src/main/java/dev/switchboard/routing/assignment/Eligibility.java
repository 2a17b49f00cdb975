package dev.switchboard.routing.assignment;

import dev.switchboard.events.agent.AgentStatus;

import java.util.Map;
import java.util.Set;

/** Whether an agent may take a ticket now; the one rule every decision and every invariant check shares. */
final class Eligibility {

    private Eligibility() {
    }

    static boolean canTake(Agent agent, Ticket ticket) {
        return !ticket.declinedBy(agent.id) && couldTakeHadItNotDeclined(agent, ticket);
    }

    /**
     * Whether the team rule alone lets the ticket reach an agent of one of {@code teams}: a cheap necessary condition
     * of {@link #canTake}, so that the queue is narrowed to what agents with room could take before it is ordered.
     */
    static boolean teamRuleAdmits(Ticket ticket, Set<String> teams) {
        return ticket.team == null || ticket.preferredAgentId != null
                || ticket.step.compareTo(ExpansionStep.ANY_TEAM) >= 0 || teams.contains(ticket.team);
    }

    /** Every rule but the declines: whether a new round of offers would find this agent eligible. */
    static boolean couldTakeHadItNotDeclined(Agent agent, Ticket ticket) {
        if (agent.status != AgentStatus.AVAILABLE
                || agent.load(ticket.channel) >= agent.capacity(ticket.channel)
                || agent.tier < ticket.minTier) {
            return false;
        }
        if (ticket.preferredAgentId != null) {
            return ticket.preferredAgentId.equals(agent.id);
        }
        if (ticket.step == ExpansionStep.TIER_TWO && agent.tier >= 2) {
            return true;
        }
        boolean teamMatters = ticket.step.compareTo(ExpansionStep.ANY_TEAM) < 0;
        if (teamMatters && ticket.team != null && !ticket.team.equals(agent.team)) {
            return false;
        }
        boolean levelsMatter = ticket.step == ExpansionStep.EXACT;
        for (Map.Entry<String, Integer> required : ticket.requiredLevels.entrySet()) {
            int floor = levelsMatter ? required.getValue() : 1;
            if (agent.skills.getOrDefault(required.getKey(), 0) < floor) {
                return false;
            }
        }
        return true;
    }
}
