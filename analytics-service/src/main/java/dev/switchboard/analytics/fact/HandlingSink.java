package dev.switchboard.analytics.fact;

import java.util.List;

/**
 * Told, before a fact's pending delta is cleared, the intervals in which the ticket was handled by an agent whose
 * intervals that delta changed. Must be idempotent and keep the intervals of the highest {@code factVersion}: it is
 * told again after a crash, and by concurrent writers in any order.
 */
@FunctionalInterface
public interface HandlingSink {

    HandlingSink NONE = (agentId, ticketId, factVersion, intervals) -> { };

    void handled(String agentId, String ticketId, long factVersion, List<HandlingInterval> intervals);
}
