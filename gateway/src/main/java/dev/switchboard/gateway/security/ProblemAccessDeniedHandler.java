package dev.switchboard.gateway.security;

import dev.switchboard.gateway.access.Decision;
import dev.switchboard.gateway.access.web.AccessPolicyAuthorizationManager;
import dev.switchboard.gateway.observability.AuthFailureMetrics;
import dev.switchboard.gateway.problem.ProblemResponder;
import dev.switchboard.gateway.problem.Problems;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 as problem JSON, saying which rule refused. */
final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    private final ProblemResponder responder;
    private final AuthFailureMetrics metrics;

    ProblemAccessDeniedHandler(ProblemResponder responder, AuthFailureMetrics metrics) {
        this.responder = responder;
        this.metrics = metrics;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        metrics.record(AuthFailureMetrics.Reason.FORBIDDEN);
        Decision decision = exchange.getAttributeOrDefault(AccessPolicyAuthorizationManager.DECISION_ATTRIBUTE,
                Decision.NO_RULE);
        return responder.respond(exchange, Problems.FORBIDDEN.detail("Access denied: " + decision.description() + "."));
    }
}
