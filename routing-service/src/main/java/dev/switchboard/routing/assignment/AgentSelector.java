package dev.switchboard.routing.assignment;

import dev.switchboard.events.ticket.Channel;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Chooses among the agents who can take a ticket: least occupied on its channel, then longest idle. */
final class AgentSelector {

    record Choice(Agent agent, AssignmentReason reason) {
    }

    private AgentSelector() {
    }

    static Optional<Choice> choose(Ticket ticket, Collection<Agent> agents) {
        Comparator<Agent> byOccupation = occupation(ticket.channel);
        Comparator<Agent> byIdle = Comparator.comparing((Agent a) -> a.idleSince,
                Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
        List<Agent> eligible = agents.stream()
                .filter(agent -> agent.canTake(ticket))
                .sorted(byOccupation.thenComparing(byIdle).thenComparing(a -> a.id))
                .toList();
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        Agent best = eligible.getFirst();
        if (eligible.size() == 1) {
            return Optional.of(new Choice(best, AssignmentReason.ONLY_ELIGIBLE));
        }
        boolean lessOccupied = byOccupation.compare(best, eligible.get(1)) < 0;
        return Optional.of(new Choice(best,
                lessOccupied ? AssignmentReason.LEAST_OCCUPIED : AssignmentReason.LONGEST_IDLE));
    }

    /** load/capacity compared by cross-multiplying, so equal ratios (1/2 and 2/4) really tie. */
    private static Comparator<Agent> occupation(Channel channel) {
        return (a, b) -> Long.compare((long) a.load(channel) * b.capacity(channel),
                (long) b.load(channel) * a.capacity(channel));
    }
}
