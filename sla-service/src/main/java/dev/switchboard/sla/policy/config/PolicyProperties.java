package dev.switchboard.sla.policy.config;

import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.sla.calendar.CalendarSpec;
import dev.switchboard.sla.policy.EscalationAction;
import dev.switchboard.sla.policy.EscalationRule;
import dev.switchboard.sla.policy.PolicyMatch;
import dev.switchboard.sla.policy.SlaPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One default policy as written in application.yml, in the shape of the API. */
public record PolicyProperties(
        @NotNull Integer order,
        Match match,
        @NotEmpty Map<SlaMetric, Duration> targets,
        Calendar calendar,
        Set<TicketStatus> pauseOn,
        List<Double> warnAt,
        @Valid List<Escalation> escalation) {

    public record Match(Set<Priority> priority, Set<Channel> channel, Set<CustomerTier> customerTier,
                        Set<String> team) {
    }

    /** {@code calendar: 24x7}, or {@code zone}, {@code hours} and {@code holidays}. */
    public record Calendar(String zone, Map<String, List<String>> hours, List<String> holidays) {

        static final Calendar ALWAYS_OPEN = new Calendar(null, null, null);

        CalendarSpec toSpec() {
            return zone == null ? CalendarSpec.ALWAYS_OPEN : CalendarSpec.businessHours(zone, hours, holidays);
        }
    }

    public record Escalation(int level, @NotNull Duration after, @NotNull EscalationAction action, Integer tier) {
    }

    SlaPolicy toPolicy(String name) {
        PolicyMatch policyMatch = match == null ? PolicyMatch.ANY
                : new PolicyMatch(match.priority(), match.channel(), match.customerTier(), match.team());
        return new SlaPolicy(name, order, policyMatch, targets,
                calendar == null ? CalendarSpec.ALWAYS_OPEN : calendar.toSpec(), pauseOn, warnAt,
                escalation == null ? List.of() : escalation.stream()
                        .map(e -> new EscalationRule(e.level(), e.after(), e.action(), e.tier())).toList());
    }
}
