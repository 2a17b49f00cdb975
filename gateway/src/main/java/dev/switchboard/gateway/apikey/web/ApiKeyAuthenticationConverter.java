package dev.switchboard.gateway.apikey.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Reads {@code X-API-Key}; without it the request stays anonymous and the entry point answers 401. */
public final class ApiKeyAuthenticationConverter implements ServerAuthenticationConverter {

    public static final String HEADER = "X-API-Key";

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        String key = exchange.getRequest().getHeaders().getFirst(HEADER);
        return key == null || key.isEmpty() ? Mono.empty() : Mono.just(new PresentedApiKey(key));
    }
}
