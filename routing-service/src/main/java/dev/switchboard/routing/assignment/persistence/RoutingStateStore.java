package dev.switchboard.routing.assignment.persistence;

import dev.switchboard.routing.assignment.AgentState;
import dev.switchboard.routing.assignment.Decision;
import dev.switchboard.routing.assignment.TicketState;

import java.util.List;

/** Where the engine's state outlives the process. Calls block: only consumer threads and start-up call them. */
public interface RoutingStateStore {

    List<AgentState> loadAgents();

    List<TicketState> loadTickets();

    /** Saves what a decision changed, the snapshot holding the consumed event's id last. */
    void save(Decision decision);
}
