package dev.switchboard.ticket.view;

import dev.switchboard.events.sla.SlaMetric;

import java.time.Instant;

/** One SLA clock as the view shows it; a paused clock keeps its last due time. */
public record SlaClock(SlaMetric metric, Instant dueAt, SlaState state) {
}
