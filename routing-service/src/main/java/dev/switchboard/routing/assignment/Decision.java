package dev.switchboard.routing.assignment;

import java.util.List;

/**
 * What one consumed event changed. The adapter publishes {@code events} first, then saves the changed snapshots in
 * {@code saveOrder}: the snapshot that records the consumed event id comes last (it is the last element of the list
 * saved last), so that a crash in between makes the event be applied again instead of being half-applied and
 * deduplicated.
 */
public record Decision(List<RaisedEvent> events, List<AgentState> changedAgents, List<TicketState> changedTickets,
                       SaveOrder saveOrder) {

    public static final Decision NONE = new Decision(List.of(), List.of(), List.of(), SaveOrder.AGENTS_THEN_TICKETS);

    public enum SaveOrder { AGENTS_THEN_TICKETS, TICKETS_THEN_AGENTS }

    public Decision {
        events = List.copyOf(events);
        changedAgents = List.copyOf(changedAgents);
        changedTickets = List.copyOf(changedTickets);
    }

    public boolean isEmpty() {
        return events.isEmpty() && changedAgents.isEmpty() && changedTickets.isEmpty();
    }
}
