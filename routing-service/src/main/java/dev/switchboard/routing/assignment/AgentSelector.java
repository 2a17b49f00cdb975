package dev.switchboard.routing.assignment;

import dev.switchboard.events.ticket.Channel;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Chooses among the agents who can take a ticket, by the team's strategy; ties fall back to the agent id. */
final class AgentSelector {

    record Choice(Agent agent, AssignmentReason reason) {
    }

    private static final Comparator<Agent> BY_IDLE = Comparator.comparing((Agent a) -> a.idleSince,
            Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
    private static final Comparator<Agent> BY_LAST_ASSIGNED = Comparator.comparing((Agent a) -> a.lastAssignedAt,
            Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));

    private AgentSelector() {
    }

    static Optional<Choice> choose(Ticket ticket, Collection<Agent> agents, Strategy strategy) {
        Comparator<Agent> byOccupation = occupation(ticket.channel);
        Comparator<Agent> bySkill = Comparator.comparingInt((Agent a) -> a.skillScore(ticket)).reversed();
        Comparator<Agent> order = switch (strategy) {
            case LEAST_OCCUPIED -> byOccupation.thenComparing(BY_IDLE);
            case ROUND_ROBIN -> BY_LAST_ASSIGNED;
            case MOST_SKILLED -> bySkill.thenComparing(byOccupation).thenComparing(BY_IDLE);
        };
        order = order.thenComparing(a -> a.id);
        // one pass keeping the best two: with a thousand agents per decision, sorting would dominate
        Agent best = null;
        Agent second = null;
        for (Agent agent : agents) {
            if (!agent.canTake(ticket)) {
                continue;
            }
            if (best == null || order.compare(agent, best) < 0) {
                second = best;
                best = agent;
            } else if (second == null || order.compare(agent, second) < 0) {
                second = agent;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        if (ticket.preferredAgentId != null) {
            return Optional.of(new Choice(best, AssignmentReason.PREFERRED_AGENT));
        }
        if (second == null) {
            return Optional.of(new Choice(best, AssignmentReason.ONLY_ELIGIBLE));
        }
        return Optional.of(new Choice(best, reason(strategy, best, second, byOccupation, bySkill)));
    }

    private static AssignmentReason reason(Strategy strategy, Agent best, Agent second,
                                           Comparator<Agent> byOccupation, Comparator<Agent> bySkill) {
        if (strategy == Strategy.ROUND_ROBIN) {
            return AssignmentReason.ROUND_ROBIN;
        }
        if (strategy == Strategy.MOST_SKILLED && bySkill.compare(best, second) < 0) {
            return AssignmentReason.MOST_SKILLED;
        }
        return byOccupation.compare(best, second) < 0 ? AssignmentReason.LEAST_OCCUPIED : AssignmentReason.LONGEST_IDLE;
    }

    /** load/capacity compared by cross-multiplying, so equal ratios (1/2 and 2/4) really tie. */
    private static Comparator<Agent> occupation(Channel channel) {
        return (a, b) -> Long.compare((long) a.load(channel) * b.capacity(channel),
                (long) b.load(channel) * a.capacity(channel));
    }
}
