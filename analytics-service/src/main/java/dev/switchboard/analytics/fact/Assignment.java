package dev.switchboard.analytics.fact;

import java.time.Instant;
import java.util.Objects;

/** A {@code routing.assigned} to {@code agent}, or a {@code routing.unassigned} ({@code agent} null), at {@code at}. */
public record Assignment(Instant at, String agent) {

    public Assignment {
        Objects.requireNonNull(at, "at");
    }
}
