package dev.switchboard.events.sla;

import java.time.Instant;

/**
 * A clock closed without an outcome, neither achieved nor breached: a priority or team change selected
 * {@code policy}, which has no target for the metric. {@code dueAt} is the deadline the clock had. A contract
 * extension (see docs/architecture.md).
 */
public record SlaCancelled(String ticketId, SlaMetric metric, String policy, Instant dueAt, Instant cancelledAt) {

    public static final String TYPE = "switchboard.sla.cancelled.v1";
}
