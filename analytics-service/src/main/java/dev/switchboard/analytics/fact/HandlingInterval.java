package dev.switchboard.analytics.fact;

import java.time.Instant;
import java.util.Objects;

/** A stretch of time an agent handled a ticket: from {@code from} until {@code to} (exclusive; null while it lasts). */
public record HandlingInterval(Instant from, Instant to) {

    public HandlingInterval {
        Objects.requireNonNull(from, "from");
    }

    public boolean covers(Instant instant) {
        return !instant.isBefore(from) && (to == null || instant.isBefore(to));
    }
}
