package dev.switchboard.ticket.validation;

/** One rejected field of a request, named by its JSON path (e.g. {@code customer.id}). */
public record FieldViolation(String field, String message) {
}
