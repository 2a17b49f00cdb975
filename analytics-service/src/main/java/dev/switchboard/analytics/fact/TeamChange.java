package dev.switchboard.analytics.fact;

import java.time.Instant;
import java.util.Objects;

/** The ticket moved to team {@code to} at {@code at}; {@code to} is null for "no team". */
public record TeamChange(Instant at, String to) {

    public TeamChange {
        Objects.requireNonNull(at, "at");
    }
}
