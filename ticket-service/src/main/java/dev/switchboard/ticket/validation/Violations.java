package dev.switchboard.ticket.validation;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Collects violations while a validator walks a request, and parses the enum and time fields that requests carry as
 * text (so that an unknown enum value is a field error, not an unreadable body).
 */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public void add(String field, String message) {
        found.add(new FieldViolation(field, message));
    }

    public boolean required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, "must not be blank");
            return false;
        }
        return true;
    }

    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "must be at most " + max + " characters");
        }
    }

    public <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            add(field, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")));
            return null;
        }
    }

    public Instant instant(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            add(field, "must be an ISO-8601 UTC timestamp, e.g. 2026-11-23T08:00:00Z");
            return null;
        }
    }

    public void range(String field, Integer value, int min, int max) {
        if (value != null && (value < min || value > max)) {
            add(field, "must be between " + min + " and " + max);
        }
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidRequestException(found);
        }
    }
}
