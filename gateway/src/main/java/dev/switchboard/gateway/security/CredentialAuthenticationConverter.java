package dev.switchboard.gateway.security;

import dev.switchboard.gateway.apikey.web.ApiKeyAuthenticationConverter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * One credential per request, an API key or a bearer token. Both at once is refused: which one would win is a
 * question an attacker should not get to ask.
 */
final class CredentialAuthenticationConverter implements ServerAuthenticationConverter {

    private final ApiKeyAuthenticationConverter apiKeys = new ApiKeyAuthenticationConverter();
    private final ServerBearerTokenAuthenticationConverter bearerTokens = new ServerBearerTokenAuthenticationConverter();

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getRequest().getHeaders();
        if (headers.containsHeader(ApiKeyAuthenticationConverter.HEADER)
                && headers.containsHeader(HttpHeaders.AUTHORIZATION)) {
            return Mono.error(new BadCredentialsException("send either an API key or a bearer token, not both"));
        }
        return apiKeys.convert(exchange).switchIfEmpty(Mono.defer(() -> bearerTokens.convert(exchange)));
    }
}
