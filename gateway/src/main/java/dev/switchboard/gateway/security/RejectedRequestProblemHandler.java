package dev.switchboard.gateway.security;

import dev.switchboard.gateway.problem.ProblemResponder;
import dev.switchboard.gateway.problem.Problems;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The firewall refuses paths with {@code ..}, encoded slashes and the like before any route sees them, which is what
 * keeps {@code /api/v1/tickets/x/../../actuator} away from a service's actuator; this makes that refusal a problem.
 */
final class RejectedRequestProblemHandler implements ServerExchangeRejectedHandler {

    private final ProblemResponder responder;

    RejectedRequestProblemHandler(ProblemResponder responder) {
        this.responder = responder;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, ServerExchangeRejectedException rejected) {
        return responder.respond(exchange, Problems.REJECTED_REQUEST.detail("The request was rejected: "
                + "the path or a header is not in canonical form."));
    }
}
