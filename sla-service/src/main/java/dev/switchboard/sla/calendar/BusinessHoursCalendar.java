package dev.switchboard.sla.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts only weekly working hours (split shifts allowed) in a zone, skipping holidays. Walks day by day, which is
 * cheap for SLA targets of hours to days and keeps daylight-saving changes right because every shift is resolved in
 * the zone on its own date.
 */
public final class BusinessHoursCalendar implements WorkCalendar {

    /** A target that cannot be met within this many days means the calendar has (almost) no working time. */
    private static final int MAX_DAYS = 3 * 366;

    private final ZoneId zone;
    /** Shifts per day of week, sorted by start once here: the timer asks for due instants all the time. */
    private final Map<DayOfWeek, List<TimeRange>> hours = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays;

    public BusinessHoursCalendar(ZoneId zone, Map<DayOfWeek, List<TimeRange>> hours, List<LocalDate> holidays) {
        this.zone = zone;
        hours.forEach((day, ranges) -> this.hours.put(day,
                ranges.stream().sorted(Comparator.comparing(TimeRange::start)).toList()));
        this.holidays = Set.copyOf(holidays);
    }

    @Override
    public Instant plus(Instant from, Duration workingTime) {
        if (workingTime.isNegative() || workingTime.isZero()) {
            return from;
        }
        Duration remaining = workingTime;
        LocalDate date = from.atZone(zone).toLocalDate();
        for (int day = 0; day < MAX_DAYS; day++, date = date.plusDays(1)) {
            for (Instant[] shift : shifts(date)) {
                if (!shift[1].isAfter(from)) {
                    continue;
                }
                Instant start = shift[0].isAfter(from) ? shift[0] : from;
                Duration available = Duration.between(start, shift[1]);
                if (remaining.compareTo(available) <= 0) {
                    return start.plus(remaining);
                }
                remaining = remaining.minus(available);
            }
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days of " + from);
    }

    @Override
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        LocalDate last = to.atZone(zone).toLocalDate();
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last); date = date.plusDays(1)) {
            for (Instant[] shift : shifts(date)) {
                Instant start = shift[0].isAfter(from) ? shift[0] : from;
                Instant end = shift[1].isBefore(to) ? shift[1] : to;
                if (end.isAfter(start)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
        }
        return total;
    }

    private List<Instant[]> shifts(LocalDate date) {
        if (holidays.contains(date)) {
            return List.of();
        }
        List<TimeRange> ranges = hours.getOrDefault(date.getDayOfWeek(), List.of());
        List<Instant[]> result = new ArrayList<>(ranges.size());
        // local times resolve in the zone on their own date: a shift over a daylight-saving switch is an hour
        // shorter or longer in real time, and a start inside the spring-forward gap moves to the end of the gap
        for (TimeRange range : ranges) {
            result.add(new Instant[] {
                    date.atTime(range.start()).atZone(zone).toInstant(),
                    range.untilMidnight()
                            ? date.plusDays(1).atStartOfDay(zone).toInstant()
                            : date.atTime(range.end()).atZone(zone).toInstant()});
        }
        return result;
    }
}
