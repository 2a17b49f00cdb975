package dev.switchboard.routing.assignment.persistence;

import dev.switchboard.routing.assignment.AgentState;
import dev.switchboard.routing.assignment.Decision;
import dev.switchboard.routing.assignment.TicketState;

import java.util.List;

/**
 * Where the engine's state outlives the process. Calls block: only consumer threads, the routing cycle and the
 * leadership thread call them. Every write carries the writer's leader epoch and is refused (with
 * {@link dev.switchboard.routing.leadership.FencedException}) once a document carries a newer one.
 */
public interface RoutingStateStore {

    List<AgentState> loadAgents();

    List<TicketState> loadTickets();

    /**
     * Marks every document with a new leader's epoch before it loads them: from then on, writes of older terms are
     * refused, so that a zombie cannot change what the new leader has read.
     */
    void claim(long epoch);

    /** Saves what a decision changed, the snapshot holding the consumed event's id last. */
    void save(Decision decision, long epoch);
}
