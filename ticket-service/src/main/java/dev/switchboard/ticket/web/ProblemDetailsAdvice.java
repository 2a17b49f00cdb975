package dev.switchboard.ticket.web;

import dev.switchboard.ticket.kafka.EventNotPublishedException;
import dev.switchboard.ticket.lifecycle.TransitionNotAllowedException;
import dev.switchboard.ticket.lifecycle.application.TicketContendedException;
import dev.switchboard.ticket.validation.FieldViolation;
import dev.switchboard.ticket.validation.InvalidRequestException;
import dev.switchboard.ticket.view.TicketNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.reactive.result.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;

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
        // a ticket event decided before Kafka failed is published later by the relay: "not confirmed", not "lost"
        return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, "kafka-unavailable", "Event store unavailable",
                "The request is not confirmed as recorded; retry with the same Idempotency-Key to learn its outcome."));
    }

    @ExceptionHandler(TicketContendedException.class)
    ResponseEntity<ProblemDetail> contended(TicketContendedException e) {
        log.warn("answering 503: {}", e.getMessage());
        return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable", "Ticket busy",
                e.getMessage()));
    }

    /**
     * The framework's own 4xx problems (unreadable body, wrong media type, bad parameter) get the project's problem
     * {@code type} and, for a 400, the same {@code errors} list as validation, naming the JSON field where it can.
     */
    @Override
    protected Mono<ResponseEntity<Object>> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                                   HttpStatusCode status, ServerWebExchange exchange) {
        // the base class builds the ProblemDetail itself when body is null: enrich what it answers
        return super.handleExceptionInternal(ex, body, headers, status, exchange).map(entity -> {
            if (entity.getBody() instanceof ProblemDetail problem) {
                enrich(problem, ex);
            }
            return entity;
        });
    }

    private static void enrich(ProblemDetail problem, Exception ex) {
        boolean hasErrors = problem.getProperties() != null && problem.getProperties().containsKey("errors");
        if (problem.getStatus() == 400) {
            problem.setType(URI.create(TYPE_BASE + "validation"));
            if (!hasErrors) {
                problem.setProperty("errors", List.of(Map.of("field", field(ex), "message",
                        problem.getDetail() == null ? "is unreadable" : problem.getDetail())));
            }
        } else if (problem.getStatus() == 415) {
            problem.setType(URI.create(TYPE_BASE + "unsupported-media-type"));
            problem.setProperty("errors", List.of(Map.of("field", "Content-Type",
                    "message", "must be application/json")));
        }
    }

    /** The JSON path of a body that did not bind (e.g. {@code customer.id}), else {@code body}. */
    private static String field(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof JacksonException json && !json.getPath().isEmpty()) {
                StringBuilder path = new StringBuilder();
                for (JacksonException.Reference ref : json.getPath()) {
                    if (ref.getPropertyName() != null) {
                        path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
                    } else if (ref.getIndex() >= 0) {
                        path.append('[').append(ref.getIndex()).append(']');
                    }
                }
                return path.isEmpty() ? "body" : path.toString();
            }
        }
        return "body";
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

    private static ResponseEntity<ProblemDetail> retryLater(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .header(HttpHeaders.RETRY_AFTER, "1").body(problem);
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
