package dev.switchboard.sla.policy.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.sla.policy.EscalationAction;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A policy as the API reads and writes it (durations ISO-8601); {@code name} is set on answers only. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PolicyBody(
        String name,
        @NotNull @PositiveOrZero Integer order,
        @Valid Match match,
        @NotEmpty Map<SlaMetric, @NotNull Duration> targets,
        CalendarBody calendar,
        Set<@NotNull TicketStatus> pauseOn,
        List<@NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax(value = "1", inclusive = false)
                Double> warnAt,
        List<@NotNull @Valid Escalation> escalation) {

    public record Match(Set<Priority> priority, Set<Channel> channel, Set<CustomerTier> customerTier,
                        Set<String> team) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Escalation(@NotNull @Min(1) Integer level, @NotNull Duration after,
                             @NotNull EscalationAction action, @Min(1) Integer tier) {
    }
}
