package dev.switchboard.gateway.route;

import dev.switchboard.gateway.apikey.web.ApiKeyAuthenticationConverter;
import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.security.CallerAuthentication;
import java.util.List;
import java.util.Locale;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Services trust {@code X-Switchboard-*} blindly, so every such header a client sent is dropped and the gateway's own
 * are set from the authenticated {@link Caller}. The client's API key is not passed on either.
 */
@Component
public class IdentityHeadersFilter implements GlobalFilter, Ordered {

    public static final String PREFIX = "X-Switchboard-";
    public static final String ROLE = PREFIX + "Role";
    public static final String PRINCIPAL = PREFIX + "Principal";
    public static final String AGENT_ID = PREFIX + "Agent-Id";
    public static final String PLATFORM = PREFIX + "Platform";

    private static final String PREFIX_LOWER = PREFIX.toLowerCase(Locale.ROOT);

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(CallerAuthentication.class::isInstance)
                .map(authentication -> ((CallerAuthentication) authentication).caller())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                        "a routed request without an authenticated caller: check the security configuration")))
                .flatMap(caller -> chain.filter(exchange.mutate()
                        .request(request -> request.headers(headers -> replaceIdentity(headers, caller)))
                        .build()));
    }

    static void replaceIdentity(HttpHeaders headers, Caller caller) {
        List<String> forged = headers.headerNames().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(PREFIX_LOWER))
                .toList();
        forged.forEach(headers::remove);
        headers.remove(ApiKeyAuthenticationConverter.HEADER);
        headers.set(ROLE, caller.role().name());
        headers.set(PRINCIPAL, caller.name());
        caller.agentId().ifPresent(id -> headers.set(AGENT_ID, id));
        caller.platform().ifPresent(platform -> headers.set(PLATFORM, platform));
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
