package dev.switchboard.events.sla;

import java.time.Instant;

/**
 * An escalation level was reached after a breach. {@code action} is RAISE_PRIORITY, NOTIFY or ROUTE_TO_TIER; {@code
 * tier} is set for ROUTE_TO_TIER.
 */
public record SlaEscalated(String ticketId, int level, String reason, SlaMetric metric, String action, Integer tier,
                           Instant escalatedAt) {

    public static final String TYPE = "switchboard.sla.escalated.v1";
}
