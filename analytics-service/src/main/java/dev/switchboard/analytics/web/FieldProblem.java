package dev.switchboard.analytics.web;

/** One entry of a validation problem's {@code errors} array. */
public record FieldProblem(String field, String message) {
}
