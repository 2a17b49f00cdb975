package dev.switchboard.routing.problem;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** The problems this service answers besides bad input, each with a stable {@code type}. */
public final class Problems {

    private static final String BASE = "https://switchboard.dev/problems/";

    private Problems() {
    }

    public static ErrorResponseException notFound(String what, String detail) {
        return problem(HttpStatus.NOT_FOUND, what + "-not-found", detail);
    }

    public static ErrorResponseException forbidden(String detail) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", detail);
    }

    /** A query parameter out of range: 400 with the same {@code errors} list as a body that fails validation. */
    public static ErrorResponseException invalidParameter(String field, String message) {
        ErrorResponseException exception = problem(HttpStatus.BAD_REQUEST, "invalid-request",
                "The request has invalid fields.");
        exception.getBody().setProperty("errors", List.of(Map.of("field", field, "message", message)));
        return exception;
    }

    public static ErrorResponseException conflict(String type, String detail) {
        return problem(HttpStatus.CONFLICT, type, detail);
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(BASE + type));
        return new ErrorResponseException(status, problem, null);
    }
}
