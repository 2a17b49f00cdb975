package dev.switchboard.sla.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * A policy's calendar as configured: {@link #ALWAYS_OPEN} ("24x7") or business hours in a zone with weekly shifts and
 * holidays.
 */
public record CalendarSpec(String zone, Map<DayOfWeek, List<TimeRange>> hours, List<LocalDate> holidays) {

    public static final String ALWAYS_OPEN_NAME = "24x7";
    public static final CalendarSpec ALWAYS_OPEN = new CalendarSpec(null, Map.of(), List.of());

    public CalendarSpec {
        hours = hours == null ? Map.of() : Map.copyOf(hours);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        if (zone != null) {
            ZoneId.of(zone);
            if (hours.values().stream().allMatch(List::isEmpty)) {
                throw new IllegalArgumentException("business hours need at least one shift");
            }
        }
    }

    /**
     * Builds business hours from their written form: day names (MON, TUESDAY, …) to {@code HH:mm-HH:mm} shifts and
     * ISO dates; throws {@link IllegalArgumentException} naming what is wrong.
     */
    public static CalendarSpec businessHours(String zone, Map<String, List<String>> hours, List<String> holidays) {
        if (zone == null || zone.isBlank()) {
            throw new IllegalArgumentException("zone is required for business hours");
        }
        try {
            ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException("unknown zone '" + zone + "'");
        }
        Map<DayOfWeek, List<TimeRange>> shifts = new java.util.EnumMap<>(DayOfWeek.class);
        (hours == null ? Map.<String, List<String>>of() : hours).forEach((day, ranges) -> shifts.put(dayOf(day),
                (ranges == null ? List.<String>of() : ranges).stream().map(TimeRange::parse).toList()));
        List<LocalDate> days = new java.util.ArrayList<>();
        for (String holiday : holidays == null ? List.<String>of() : holidays) {
            try {
                days.add(LocalDate.parse(holiday));
            } catch (java.time.format.DateTimeParseException e) {
                throw new IllegalArgumentException("holiday '" + holiday + "' is not an ISO date");
            }
        }
        return new CalendarSpec(zone, shifts, days);
    }

    private static DayOfWeek dayOf(String name) {
        String upper = name == null ? "" : name.trim().toUpperCase(java.util.Locale.ROOT);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(upper) || (upper.length() == 3 && day.name().startsWith(upper))) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown day '" + name + "' (MON … SUN)");
    }

    /** The written form: day abbreviations to {@code HH:mm-HH:mm} shifts. */
    public Map<String, List<String>> writtenHours() {
        Map<String, List<String>> written = new java.util.LinkedHashMap<>();
        java.util.Arrays.stream(DayOfWeek.values()).filter(hours::containsKey).forEach(day -> written.put(
                day.name().substring(0, 3), hours.get(day).stream().map(TimeRange::toString).toList()));
        return written;
    }

    public boolean alwaysOpen() {
        return zone == null;
    }

    public WorkCalendar toCalendar() {
        return alwaysOpen() ? AlwaysOpenCalendar.INSTANCE : new BusinessHoursCalendar(ZoneId.of(zone), hours, holidays);
    }
}
