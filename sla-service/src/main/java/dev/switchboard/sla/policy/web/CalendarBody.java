package dev.switchboard.sla.policy.web;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.switchboard.sla.calendar.CalendarSpec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code "24x7"} or {@code {"zone": …, "hours": {"MON": ["09:00-17:00"]}, "holidays": ["2026-12-25"]}}. */
public record CalendarBody(String zone, Map<String, List<String>> hours, List<String> holidays) {

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public CalendarBody(@JsonProperty("zone") String zone, @JsonProperty("hours") Map<String, List<String>> hours,
                        @JsonProperty("holidays") List<String> holidays) {
        this.zone = zone;
        this.hours = hours;
        this.holidays = holidays;
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CalendarBody named(String name) {
        return new CalendarBody(name, null, null);
    }

    static CalendarBody of(CalendarSpec spec) {
        return spec.alwaysOpen() ? named(CalendarSpec.ALWAYS_OPEN_NAME)
                : new CalendarBody(spec.zone(), spec.writtenHours(),
                        spec.holidays().stream().map(Object::toString).toList());
    }

    boolean alwaysOpen() {
        return hours == null && holidays == null && CalendarSpec.ALWAYS_OPEN_NAME.equalsIgnoreCase(zone);
    }

    /** Throws {@link IllegalArgumentException} naming the problem. */
    CalendarSpec toSpec() {
        if (alwaysOpen()) {
            return CalendarSpec.ALWAYS_OPEN;
        }
        if (hours == null && holidays == null) {
            throw new IllegalArgumentException("calendar must be \"24x7\" or an object with zone and hours");
        }
        return CalendarSpec.businessHours(zone, hours, holidays);
    }

    @JsonValue
    Object written() {
        if (alwaysOpen()) {
            return CalendarSpec.ALWAYS_OPEN_NAME;
        }
        Map<String, Object> written = new LinkedHashMap<>();
        written.put("zone", zone);
        written.put("hours", hours);
        written.put("holidays", holidays == null ? List.of() : holidays);
        return written;
    }
}
