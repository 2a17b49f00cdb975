package dev.switchboard.sla.clock;

import dev.switchboard.events.sla.SlaMetric;

import java.time.Instant;

/** A read-only look at one clock. */
public record ClockView(SlaMetric metric, int cycle, ClockState state, Instant dueAt, boolean open) {
}
