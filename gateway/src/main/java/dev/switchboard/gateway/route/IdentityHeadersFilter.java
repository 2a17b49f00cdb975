package dev.switchboard.gateway.route;

import dev.switchboard.gateway.apikey.web.ApiKeyAuthenticationConverter;
import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.identity.IdentityTokenIssuer;
import dev.switchboard.gateway.requestid.web.RequestIdWebFilter;
import dev.switchboard.gateway.security.CallerAuthentication;
import java.util.List;
import java.util.Locale;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every {@code X-Switchboard-*} header a client sent is dropped and the gateway's own are set from the authenticated
 * {@link Caller}, with {@code X-Switchboard-Identity}: the same facts signed for the target service, so a service can
 * refuse a request that did not come through the gateway. Neither the client's API key nor its bearer token is passed
 * on: a service never needs the caller's credential, and must not be able to replay it.
 */
@Component
public class IdentityHeadersFilter implements GlobalFilter, Ordered {

    /** Route metadata naming the service a route leads to: the identity token's audience. */
    public static final String SERVICE_METADATA = "service";

    public static final String PREFIX = "X-Switchboard-";
    public static final String ROLE = PREFIX + "Role";
    public static final String PRINCIPAL = PREFIX + "Principal";
    public static final String AGENT_ID = PREFIX + "Agent-Id";
    public static final String PLATFORM = PREFIX + "Platform";

    private static final String PREFIX_LOWER = PREFIX.toLowerCase(Locale.ROOT);

    private final IdentityTokenIssuer tokens;

    public IdentityHeadersFilter(IdentityTokenIssuer tokens) {
        this.tokens = tokens;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(CallerAuthentication.class::isInstance)
                .map(authentication -> ((CallerAuthentication) authentication).caller())
                .switchIfEmpty(Mono.error(() -> new IllegalStateException(
                        "a routed request without an authenticated caller: check the security configuration")))
                .flatMap(caller -> {
                    String token = tokens.issue(caller, audienceOf(exchange),
                            exchange.getRequest().getMethod().name(),
                            exchange.getRequest().getPath().pathWithinApplication().value(),
                            exchange.getAttributeOrDefault(RequestIdWebFilter.ATTRIBUTE, ""));
                    return chain.filter(exchange.mutate()
                            .request(request -> request.headers(headers -> {
                                replaceIdentity(headers, caller);
                                headers.set(IdentityTokenIssuer.HEADER, token);
                            }))
                            .build());
                });
    }

    static void replaceIdentity(HttpHeaders headers, Caller caller) {
        List<String> forged = headers.headerNames().stream()
                .filter(name -> name.toLowerCase(Locale.ROOT).startsWith(PREFIX_LOWER))
                .toList();
        forged.forEach(headers::remove);
        headers.remove(ApiKeyAuthenticationConverter.HEADER);
        headers.remove(HttpHeaders.AUTHORIZATION);
        headers.set(ROLE, caller.role().name());
        headers.set(PRINCIPAL, caller.name());
        caller.agentId().ifPresent(id -> headers.set(AGENT_ID, id));
        caller.platform().ifPresent(platform -> headers.set(PLATFORM, platform));
    }

    private static String audienceOf(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        Object service = route == null ? null : route.getMetadata().get(SERVICE_METADATA);
        if (service == null) {
            throw new IllegalStateException("route without '" + SERVICE_METADATA + "' metadata: " + route);
        }
        return service.toString();
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
