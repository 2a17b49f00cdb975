package dev.switchboard.gateway.jwt.web;

import dev.switchboard.gateway.jwt.InvalidTokenClaimsException;
import dev.switchboard.gateway.jwt.TokenClaims;
import dev.switchboard.gateway.security.CallerAuthentication;
import java.util.Optional;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtReactiveAuthenticationManager;
import reactor.core.publisher.Mono;

/**
 * The OAuth2 resource server side: Spring Security verifies the token (signature against the JWK set, issuer, expiry,
 * audience), then {@link TokenClaims} turns its claims into the same {@link CallerAuthentication} an API key gives.
 * Without a configured issuer or JWK set every bearer token is refused rather than ignored.
 */
public final class JwtCallerAuthenticationManager implements ReactiveAuthenticationManager {

    private final Optional<JwtReactiveAuthenticationManager> delegate;

    public JwtCallerAuthenticationManager(Optional<ReactiveJwtDecoder> decoder, TokenClaims claims) {
        this.delegate = decoder.map(d -> {
            JwtReactiveAuthenticationManager manager = new JwtReactiveAuthenticationManager(d);
            manager.setJwtAuthenticationConverter(jwt -> Mono.fromCallable(
                            () -> new CallerAuthentication(claims.toCaller(jwt.getClaims())))
                    .onErrorMap(InvalidTokenClaimsException.class,
                            e -> new InvalidBearerTokenException(e.getMessage(), e)));
            return manager;
        });
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (!(authentication instanceof BearerTokenAuthenticationToken)) {
            return Mono.empty();
        }
        return delegate.map(manager -> manager.authenticate(authentication))
                .orElseGet(() -> Mono.error(new BadCredentialsException(
                        "bearer tokens are not accepted: no issuer or JWK set is configured")));
    }
}
