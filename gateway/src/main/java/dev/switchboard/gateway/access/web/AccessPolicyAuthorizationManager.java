package dev.switchboard.gateway.access.web;

import dev.switchboard.gateway.access.AccessPolicy;
import dev.switchboard.gateway.access.Decision;
import dev.switchboard.gateway.security.CallerAuthentication;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/** Asks the {@link AccessPolicy} about every {@code /api/**} request. */
public final class AccessPolicyAuthorizationManager implements ReactiveAuthorizationManager<AuthorizationContext> {

    /** Exchange attribute with the {@link Decision}, so the 403 can say why. */
    public static final String DECISION_ATTRIBUTE = AccessPolicyAuthorizationManager.class.getName() + ".decision";

    private final AccessPolicy policy;

    public AccessPolicyAuthorizationManager(AccessPolicy policy) {
        this.policy = policy;
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        ServerHttpRequest request = context.getExchange().getRequest();
        // the raw path: what the service will receive, so no decoding may make a denied path look like an allowed one
        String path = request.getPath().pathWithinApplication().value();
        return authentication
                .filter(CallerAuthentication.class::isInstance)
                .map(CallerAuthentication.class::cast)
                .map(caller -> policy.decide(request.getMethod().name(), path, caller.caller()))
                .doOnNext(decision -> context.getExchange().getAttributes().put(DECISION_ATTRIBUTE, decision))
                .<AuthorizationResult>map(decision -> new AuthorizationDecision(decision.allowed()))
                .defaultIfEmpty(new AuthorizationDecision(false));
    }
}
