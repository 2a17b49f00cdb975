package dev.switchboard.sla.policy;

import java.time.Duration;
import java.util.Objects;

/** Escalation {@code level} is reached {@code after} the breach; {@code tier} only for ROUTE_TO_TIER. */
public record EscalationRule(int level, Duration after, EscalationAction action, Integer tier) {

    public EscalationRule {
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(action, "action");
        if (level < 1 || after.isNegative()) {
            throw new IllegalArgumentException("escalation level must be >= 1 and after >= 0");
        }
        if (action == EscalationAction.ROUTE_TO_TIER && tier == null) {
            throw new IllegalArgumentException("ROUTE_TO_TIER needs a tier");
        }
    }
}
