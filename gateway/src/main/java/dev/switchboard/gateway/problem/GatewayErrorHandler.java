package dev.switchboard.gateway.problem;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.channel.ConnectTimeoutException;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every error the gateway itself raises becomes problem JSON: a service that is down is a 503, one that does not
 * answer in time a 504, never Boot's bare error page. Runs before Boot's default handler (order -1).
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final ProblemResponder responder;

    public GatewayErrorHandler(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        ProblemDetail problem = toProblem(error);
        if (problem.getStatus() >= 500) {
            log.warn("{} {} failed with {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
                    problem.getStatus(), error.toString());
        }
        return responder.respond(exchange, problem);
    }

    static ProblemDetail toProblem(Throwable error) {
        if (error instanceof ContentTooLargeException tooLarge) {
            return Problems.CONTENT_TOO_LARGE.detail(tooLarge.getMessage());
        }
        // an open breaker: Resilience4j's own exception, or Spring Cloud Gateway's translation of it
        if (hasCause(error, CallNotPermittedException.class) || hasCause(error, ServiceUnavailableException.class)) {
            return Problems.SERVICE_UNAVAILABLE.detail("The service is failing; calls to it are paused for a moment."
                    + " Try again shortly.");
        }
        if (hasCause(error, TimeoutException.class)) {
            return Problems.SERVICE_TIMEOUT.detail("The service did not answer in time.");
        }
        if (hasCause(error, ConnectException.class) || hasCause(error, ConnectTimeoutException.class)
                || hasCause(error, UnknownHostException.class)) {
            return Problems.SERVICE_UNAVAILABLE.detail("The service is not reachable; try again shortly.");
        }
        if (error instanceof ResponseStatusException statusError) {
            return fromStatus(statusError.getStatusCode(), statusError.getReason());
        }
        return Problems.INTERNAL_ERROR.detail("The gateway failed to handle the request.");
    }

    private static ProblemDetail fromStatus(HttpStatusCode status, String reason) {
        if (status.value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
            return Problems.SERVICE_TIMEOUT.detail("The service did not answer in time.");
        }
        if (status.value() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
            return Problems.SERVICE_UNAVAILABLE.detail("The service is not reachable; try again shortly.");
        }
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return Problems.NOT_FOUND.detail("No such resource.");
        }
        if (status.value() == HttpStatus.CONTENT_TOO_LARGE.value()) {
            return Problems.CONTENT_TOO_LARGE.detail(reason == null ? "The request body is too large." : reason);
        }
        return ProblemDetail.forStatusAndDetail(status, reason == null ? "" : reason);
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
