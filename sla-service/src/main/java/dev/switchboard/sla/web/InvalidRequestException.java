package dev.switchboard.sla.web;

import java.util.List;

/** Input that is well-formed JSON but breaks a rule Bean Validation cannot express; answered with 400. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldMessage> errors;

    public InvalidRequestException(List<FieldMessage> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldMessage(field, message)));
    }

    public List<FieldMessage> errors() {
        return errors;
    }
}
