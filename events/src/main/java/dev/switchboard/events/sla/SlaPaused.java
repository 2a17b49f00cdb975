package dev.switchboard.events.sla;

import java.time.Instant;

/** The clock stopped counting (the ticket entered a status of the policy's pauseOn); {@code remainingMs} of target. */
public record SlaPaused(String ticketId, SlaMetric metric, Instant pausedAt, long remainingMs) {

    public static final String TYPE = "switchboard.sla.paused.v1";
}
