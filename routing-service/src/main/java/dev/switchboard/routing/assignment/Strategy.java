package dev.switchboard.routing.assignment;

/** How the engine chooses among the agents who can all take a ticket. */
public enum Strategy {
    /** Lowest load/capacity on the ticket's channel, then longest idle (the default). */
    LEAST_OCCUPIED,
    /** The agent whose last assignment lies furthest back, so work rotates evenly through the team. */
    ROUND_ROBIN,
    /** The highest sum of levels on the ticket's skills, then least occupied, then longest idle. */
    MOST_SKILLED
}
