package dev.switchboard.local.demo;

import java.time.Duration;

/**
 * One thing that happens on an assigned ticket, {@code after} the previous step (the first: after the assignment).
 */
public sealed interface Step {

    Duration after();

    record AgentReply(Duration after, String body) implements Step {
    }

    record CustomerMessage(Duration after, String body) implements Step {
    }

    record Solve(Duration after) implements Step {
    }

    /** @param nps 0–10, or {@code null} when the customer skipped that question */
    record Rate(Duration after, int csat, Integer nps, String comment) implements Step {
    }
}
