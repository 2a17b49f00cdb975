package dev.switchboard.sla.policy;

import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.sla.calendar.CalendarSpec;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Object mother: the shipped default policies and tickets to match them against. */
public final class Policies {

    private Policies() {
    }

    public static SlaPolicy urgent() {
        return new SlaPolicy("urgent", 10,
                new PolicyMatch(Set.of(Priority.URGENT, Priority.HIGH), Set.of(), Set.of(), Set.of()),
                Map.of(SlaMetric.FIRST_REPLY, Duration.ofHours(1), SlaMetric.NEXT_REPLY, Duration.ofHours(4),
                        SlaMetric.RESOLUTION, Duration.ofDays(1)),
                CalendarSpec.ALWAYS_OPEN, Set.of(TicketStatus.PENDING, TicketStatus.ON_HOLD), List.of(0.75, 0.9),
                List.of(new EscalationRule(1, Duration.ZERO, EscalationAction.RAISE_PRIORITY, null),
                        new EscalationRule(2, Duration.ofMinutes(30), EscalationAction.ROUTE_TO_TIER, 2)));
    }

    public static SlaPolicy standard() {
        return new SlaPolicy("default", 100, PolicyMatch.ANY,
                Map.of(SlaMetric.FIRST_REPLY, Duration.ofHours(8), SlaMetric.NEXT_REPLY, Duration.ofHours(24),
                        SlaMetric.RESOLUTION, Duration.ofDays(3)),
                CalendarSpec.ALWAYS_OPEN, Set.of(TicketStatus.PENDING, TicketStatus.ON_HOLD), List.of(0.75, 0.9),
                List.of());
    }

    /** {@link #urgent()} plus an update every 30 minutes: shorter than its first-reply target on purpose. */
    public static SlaPolicy urgentWithUpdates() {
        SlaPolicy urgent = urgent();
        Map<SlaMetric, Duration> targets = new java.util.EnumMap<>(urgent.targets());
        targets.put(SlaMetric.PERIODIC_UPDATE, Duration.ofMinutes(30));
        return new SlaPolicy("urgent-updates", urgent.order(), urgent.match(), targets, urgent.calendar(),
                urgent.pauseOn(), urgent.warnAt(), urgent.escalation());
    }

    /** Office hours Monday to Friday 09:00-17:00 UTC, four hours to a first reply. */
    public static SlaPolicy officeHours() {
        List<String> day = List.of("09:00-17:00");
        return new SlaPolicy("office", 50, PolicyMatch.ANY,
                Map.of(SlaMetric.FIRST_REPLY, Duration.ofHours(4), SlaMetric.RESOLUTION, Duration.ofDays(3)),
                CalendarSpec.businessHours("UTC", Map.of("MON", day, "TUE", day, "WED", day, "THU", day,
                        "FRI", day), List.of()),
                Set.of(TicketStatus.PENDING, TicketStatus.ON_HOLD), List.of(), List.of());
    }

    /** Around the clock, four hours to a first reply. */
    public static SlaPolicy allHours() {
        return new SlaPolicy("all-hours", 40, PolicyMatch.ANY,
                Map.of(SlaMetric.FIRST_REPLY, Duration.ofHours(4), SlaMetric.RESOLUTION, Duration.ofDays(3)),
                CalendarSpec.ALWAYS_OPEN, Set.of(TicketStatus.PENDING, TicketStatus.ON_HOLD), List.of(), List.of());
    }

    public static TicketProfile ticket(Priority priority) {
        return new TicketProfile(priority, Channel.EMAIL, CustomerTier.STANDARD, "billing");
    }
}
