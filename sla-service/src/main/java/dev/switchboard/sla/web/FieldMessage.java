package dev.switchboard.sla.web;

/** One entry of a validation problem's {@code errors}. */
public record FieldMessage(String field, String message) {
}
