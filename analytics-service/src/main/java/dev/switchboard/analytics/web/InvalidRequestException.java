package dev.switchboard.analytics.web;

import java.util.List;

/** A request whose parameters are wrong; answered 400 with one {@link FieldProblem} per wrong parameter. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super("Invalid request parameters: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
