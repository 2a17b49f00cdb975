package dev.switchboard.sla.policy;

import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.sla.calendar.CalendarSpec;

import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A named SLA policy. Clocks copy the policy they start under, so editing a policy only affects clocks started after
 * the edit.
 */
public record SlaPolicy(String name, int order, PolicyMatch match, Map<SlaMetric, Duration> targets,
                        CalendarSpec calendar, Set<TicketStatus> pauseOn, List<Double> warnAt,
                        List<EscalationRule> escalation) {

    public SlaPolicy {
        Objects.requireNonNull(name, "name");
        match = match == null ? PolicyMatch.ANY : match;
        targets = targets == null || targets.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(targets));
        calendar = calendar == null ? CalendarSpec.ALWAYS_OPEN : calendar;
        pauseOn = pauseOn == null ? Set.of() : Set.copyOf(pauseOn);
        warnAt = warnAt == null ? List.of() : warnAt.stream().sorted().distinct().toList();
        escalation = escalation == null ? List.of()
                : escalation.stream().sorted(Comparator.comparingInt(EscalationRule::level)).toList();
        if (targets.values().stream().anyMatch(t -> t.isNegative() || t.isZero())) {
            throw new IllegalArgumentException("targets must be positive durations");
        }
        if (warnAt.stream().anyMatch(r -> r <= 0 || r >= 1)) {
            throw new IllegalArgumentException("warnAt ratios must lie between 0 and 1 (exclusive)");
        }
    }

    public Optional<Duration> target(SlaMetric metric) {
        return Optional.ofNullable(targets.get(metric));
    }

    public boolean pausesOn(TicketStatus status) {
        return pauseOn.contains(status);
    }
}
