package dev.switchboard.routing.assignment;

/** The rule that decided between eligible agents; a bounded set, so it can also tag a metric. */
public enum AssignmentReason {
    /** Exactly one agent could take the ticket. */
    ONLY_ELIGIBLE,
    /** Several could; this one had the lowest load/capacity on the ticket's channel. */
    LEAST_OCCUPIED,
    /** Several were equally occupied; this one has waited longest since its last ticket or since signing in. */
    LONGEST_IDLE,
    /** A reopened ticket went back to the agent who solved it. */
    PREVIOUS_AGENT,
    /** Round robin: this agent's last assignment lay furthest back. */
    ROUND_ROBIN,
    /** Most skilled: this agent had the highest levels on the ticket's skills. */
    MOST_SKILLED,
    /** The customer's last ticket was solved by this agent, who could take the new one within the preferred wait. */
    PREFERRED_AGENT
}
