package dev.switchboard.ticket.web;

import dev.switchboard.ticket.kafka.EventNotPublishedException;
import dev.switchboard.ticket.lifecycle.TransitionNotAllowedException;
import dev.switchboard.ticket.validation.FieldViolation;
import dev.switchboard.ticket.validation.InvalidRequestException;
import dev.switchboard.ticket.view.TicketNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * RFC 9457 answers for every failure. The base class already turns unreadable bodies, unknown media types and bad
 * parameters into 400/415 problems; this adds the service's own exceptions.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPE_BASE = "https://switchboard.dev/problems/";

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return answer(invalidProblem(e.violations()));
    }

    @ExceptionHandler(TicketNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(TicketNotFoundException e) {
        return answer(problem(HttpStatus.NOT_FOUND, "not-found", "Ticket not found", e.getMessage()));
    }

    @ExceptionHandler(TransitionNotAllowedException.class)
    ResponseEntity<ProblemDetail> conflict(TransitionNotAllowedException e) {
        return answer(problem(HttpStatus.CONFLICT, "transition-not-allowed", "Transition not allowed", e.getMessage()));
    }

    @ExceptionHandler(EventNotPublishedException.class)
    ResponseEntity<ProblemDetail> unavailable(EventNotPublishedException e) {
        log.warn("answering 503: {}", e.getMessage());
        return answer(problem(HttpStatus.SERVICE_UNAVAILABLE, "kafka-unavailable", "Event store unavailable",
                "The request was not recorded; retry with the same Idempotency-Key."));
    }

    public static ProblemDetail invalidProblem(List<FieldViolation> violations) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                "The request has " + violations.size() + " invalid field(s).");
        problem.setProperty("errors", violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message()))
                .toList());
        return problem;
    }

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
