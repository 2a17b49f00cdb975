package dev.switchboard.sla.calendar;

import java.time.Duration;
import java.time.Instant;

/** "24x7": every second counts. */
public final class AlwaysOpenCalendar implements WorkCalendar {

    public static final AlwaysOpenCalendar INSTANCE = new AlwaysOpenCalendar();

    private AlwaysOpenCalendar() {
    }

    @Override
    public Instant plus(Instant from, Duration workingTime) {
        return from.plus(workingTime);
    }

    @Override
    public Duration between(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to) : Duration.ZERO;
    }
}
