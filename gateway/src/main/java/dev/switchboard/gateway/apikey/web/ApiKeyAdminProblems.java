package dev.switchboard.gateway.apikey.web;

import dev.switchboard.gateway.apikey.DevelopmentKeyOutsideLocalException;
import dev.switchboard.gateway.apikey.DuplicateApiKeyException;
import dev.switchboard.gateway.apikey.LastAdminKeyException;
import dev.switchboard.gateway.problem.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;

/** Bad input to the key administration is a 4xx problem, never a 500, and never changes a key. */
@RestControllerAdvice(assignableTypes = ApiKeyAdminController.class)
class ApiKeyAdminProblems {

    record FieldProblem(String field, String message) {
    }

    @ExceptionHandler
    ProblemDetail invalidBody(WebExchangeBindException invalid) {
        return validation(invalid.getFieldErrors().stream()
                .map(error -> new FieldProblem(error.getField(), messageOf(error)))
                .toList());
    }

    @ExceptionHandler
    ProblemDetail invalidParameter(HandlerMethodValidationException invalid) {
        // a body's errors name its fields; a path variable's name the variable
        return validation(invalid.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors body
                        ? body.getFieldErrors().stream().map(error -> new FieldProblem(error.getField(), messageOf(error)))
                        : result.getResolvableErrors().stream().map(error -> new FieldProblem(
                                result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
                .toList());
    }

    @ExceptionHandler
    ProblemDetail unreadable(ServerWebInputException unreadable) {
        if (unreadable.getStatusCode().value() != HttpStatus.BAD_REQUEST.value()) {
            return Problems.NOT_FOUND.detail("No such resource.");
        }
        return Problems.VALIDATION.detail("The body is not valid JSON of the expected shape.");
    }

    @ExceptionHandler
    ProblemDetail unsupported(UnsupportedMediaTypeStatusException unsupported) {
        return Problems.UNSUPPORTED_MEDIA_TYPE.detail("Send application/json.");
    }

    @ExceptionHandler
    ProblemDetail developmentKey(DevelopmentKeyOutsideLocalException refused) {
        return validation(List.of(new FieldProblem("sha256",
                "is a published development key, refused outside the local profile")));
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicateApiKeyException duplicate) {
        return Problems.CONFLICT.detail("Another key already uses this sha256.");
    }

    @ExceptionHandler
    ProblemDetail lastAdmin(LastAdminKeyException lastAdmin) {
        return Problems.CONFLICT.detail(lastAdmin.getMessage());
    }

    @ExceptionHandler
    ProblemDetail inconsistent(IllegalArgumentException inconsistent) {
        // the Caller's own rules: an AGENT needs agentId, a PLATFORM needs platform
        return validation(List.of(new FieldProblem("role", inconsistent.getMessage())));
    }

    @ExceptionHandler
    ProblemDetail status(ResponseStatusException status) {
        return status.getStatusCode().value() == HttpStatus.NOT_FOUND.value()
                ? Problems.NOT_FOUND.detail(status.getReason())
                : ProblemDetail.forStatusAndDetail(status.getStatusCode(), status.getReason());
    }

    private static ProblemDetail validation(List<FieldProblem> errors) {
        ProblemDetail problem = Problems.VALIDATION.detail("The request is not valid.");
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    private static String messageOf(FieldError error) {
        return error.getDefaultMessage() == null ? "is not valid" : error.getDefaultMessage();
    }
}
