package dev.switchboard.events.sla;

import java.time.Instant;

/** A clock began to run under {@code policy}; {@code dueAt} is when it breaches unless stopped or paused first. */
public record SlaStarted(String ticketId, SlaMetric metric, String policy, Instant startedAt, Instant dueAt) {

    public static final String TYPE = "switchboard.sla.started.v1";
}
