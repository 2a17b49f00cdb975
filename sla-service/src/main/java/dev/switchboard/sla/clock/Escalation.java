package dev.switchboard.sla.clock;

import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.sla.policy.EscalationAction;

import java.time.Instant;

/** An escalation level reached on a breached clock; open while that clock's stop condition is not met. */
public record Escalation(String ticketId, int level, String reason, SlaMetric metric, int cycle,
                         EscalationAction action, Integer tier, Instant at, boolean open) {

    Escalation closed() {
        return new Escalation(ticketId, level, reason, metric, cycle, action, tier, at, false);
    }
}
