package dev.switchboard.sla.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/** One shift of a working day, e.g. 09:00-12:30; an end of 24:00 is written 00:00 only as "until midnight". */
public record TimeRange(LocalTime start, LocalTime end) {

    public TimeRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.equals(LocalTime.MIDNIGHT) && !start.isBefore(end)) {
            throw new IllegalArgumentException("shift must start before it ends: " + start + "-" + end);
        }
    }

    /** Parses {@code HH:mm-HH:mm}. */
    public static TimeRange parse(String text) {
        String[] parts = text == null ? new String[0] : text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("expected HH:mm-HH:mm but was '" + text + "'");
        }
        try {
            String end = parts[1].trim();
            return new TimeRange(LocalTime.parse(parts[0].trim()),
                    "24:00".equals(end) ? LocalTime.MIDNIGHT : LocalTime.parse(end));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected HH:mm-HH:mm but was '" + text + "'", e);
        }
    }

    boolean untilMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    @Override
    public String toString() {
        return start + "-" + (untilMidnight() ? "24:00" : end.toString());
    }
}
