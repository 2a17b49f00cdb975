package dev.switchboard.local.demo;

import java.time.Duration;

/**
 * One thing that happens on an assigned ticket, {@code after} the previous step (the first: after the assignment).
 * The {@code after} of an agent's step is the typical agent's time; the agent who holds the ticket works at its own
 * pace ({@link Conversation#paced}).
 */
public sealed interface Step {

    Duration after();

    /** Whether the time before this step is an agent's handle time (scaled by the agent's pace). */
    default boolean agentWork() {
        return false;
    }

    record AgentReply(Duration after, String body) implements Step {
        @Override
        public boolean agentWork() {
            return true;
        }
    }

    record CustomerMessage(Duration after, String body) implements Step {
    }

    record Solve(Duration after) implements Step {
        @Override
        public boolean agentWork() {
            return true;
        }
    }

    /**
     * The customer writes again after the ticket was solved, which reopens it; routing then assigns it again
     * (usually to the same agent), and the steps after this one play once it is.
     */
    record Reopen(Duration after, String body) implements Step {
    }

    /** @param nps 0–10, or {@code null} when the customer skipped that question */
    record Rate(Duration after, int csat, Integer nps, String comment) implements Step {
    }
}
