package dev.switchboard.gateway.security;

import dev.switchboard.gateway.apikey.web.ApiKeyAuthenticationConverter;
import dev.switchboard.gateway.observability.AuthFailureMetrics;
import dev.switchboard.gateway.problem.ProblemResponder;
import dev.switchboard.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 as problem JSON with a challenge naming the header to send. */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    static final String CHALLENGE = "ApiKey realm=\"switchboard\", header=\"" + ApiKeyAuthenticationConverter.HEADER + "\"";

    private final ProblemResponder responder;
    private final AuthFailureMetrics metrics;
    private final AuthFailureMetrics.Reason reason;

    ProblemAuthenticationEntryPoint(ProblemResponder responder, AuthFailureMetrics metrics,
            AuthFailureMetrics.Reason reason) {
        this.responder = responder;
        this.metrics = metrics;
        this.reason = reason;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
        metrics.record(reason);
        String detail = reason == AuthFailureMetrics.Reason.INVALID_CREDENTIALS
                ? "The API key is not valid."
                : "Send an API key in the " + ApiKeyAuthenticationConverter.HEADER + " header.";
        return responder.respond(exchange, Problems.UNAUTHORIZED.detail(detail),
                headers -> headers.set(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE));
    }
}
