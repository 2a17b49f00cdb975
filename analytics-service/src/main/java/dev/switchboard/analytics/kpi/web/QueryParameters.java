package dev.switchboard.analytics.kpi.web;

import dev.switchboard.analytics.web.FieldProblem;
import dev.switchboard.analytics.web.InvalidRequestException;
import org.springframework.util.MultiValueMap;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a request's query parameters, collecting every wrong one, so that a client learns about all of them in one
 * problem answer instead of one per attempt.
 */
final class QueryParameters {

    private final MultiValueMap<String, String> values;
    private final List<FieldProblem> problems = new ArrayList<>();

    QueryParameters(MultiValueMap<String, String> values) {
        this.values = values;
    }

    Optional<String> text(String name) {
        return Optional.ofNullable(values.getFirst(name)).map(String::strip).filter(value -> !value.isEmpty());
    }

    Optional<Instant> instant(String name) {
        return text(name).flatMap(value -> {
            try {
                return Optional.of(Instant.parse(value));
            } catch (DateTimeParseException e) {
                reject(name, "must be an ISO-8601 instant such as 2026-11-23T08:00:00Z");
                return Optional.empty();
            }
        });
    }

    <E extends Enum<E>> Optional<E> enumValue(String name, Class<E> type) {
        return text(name).flatMap(value -> {
            try {
                return Optional.of(Enum.valueOf(type, value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                reject(name, "must be one of " + Arrays.toString(type.getEnumConstants()));
                return Optional.empty();
            }
        });
    }

    <E extends Enum<E>> Optional<E> requiredEnum(String name, Class<E> type) {
        if (text(name).isEmpty()) {
            reject(name, "is required; one of " + Arrays.toString(type.getEnumConstants()));
            return Optional.empty();
        }
        return enumValue(name, type);
    }

    void reject(String name, String message) {
        problems.add(new FieldProblem(name, message));
    }

    boolean isValid() {
        return problems.isEmpty();
    }

    void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }
}
