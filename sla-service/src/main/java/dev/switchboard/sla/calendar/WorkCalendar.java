package dev.switchboard.sla.calendar;

import java.time.Duration;
import java.time.Instant;

/** The hours during which an SLA clock counts. */
public interface WorkCalendar {

    /** The instant at which {@code workingTime} of counted time has passed, counting from {@code from}. */
    Instant plus(Instant from, Duration workingTime);

    /** Counted time between two instants (zero if {@code to} is not after {@code from}). */
    Duration between(Instant from, Instant to);
}
