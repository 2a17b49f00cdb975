package dev.switchboard.gateway.security;

import dev.switchboard.gateway.apikey.web.ApiKeyAuthenticationConverter;
import dev.switchboard.gateway.observability.AuthFailureMetrics;
import dev.switchboard.gateway.problem.ProblemResponder;
import dev.switchboard.gateway.problem.Problems;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 as problem JSON with a challenge naming the header to send. */
final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    static final String API_KEY_CHALLENGE = "ApiKey realm=\"switchboard\", header=\""
            + ApiKeyAuthenticationConverter.HEADER + "\"";
    static final String BEARER_CHALLENGE = "Bearer realm=\"switchboard\"";

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
        // the reason a token failed stays in the gateway: telling a guesser which check failed only helps the guesser
        String detail = reason == AuthFailureMetrics.Reason.INVALID_CREDENTIALS
                ? "The credential is not valid."
                : "Send an API key in the " + ApiKeyAuthenticationConverter.HEADER
                        + " header or a bearer token in the Authorization header.";
        return responder.respond(exchange, Problems.UNAUTHORIZED.detail(detail),
                headers -> headers.put(HttpHeaders.WWW_AUTHENTICATE, List.of(API_KEY_CHALLENGE, BEARER_CHALLENGE)));
    }
}
