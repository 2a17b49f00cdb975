package dev.switchboard.gateway.apikey.web;

import dev.switchboard.gateway.apikey.ApiKeyRegistry;
import dev.switchboard.gateway.security.CallerAuthentication;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import reactor.core.publisher.Mono;

/** Turns a presented key into the {@link CallerAuthentication} every later step works with. */
public final class ApiKeyAuthenticationManager implements ReactiveAuthenticationManager {

    private final ApiKeyRegistry registry;

    public ApiKeyAuthenticationManager(ApiKeyRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Mono<Authentication> authenticate(Authentication authentication) {
        if (!(authentication instanceof PresentedApiKey presented)) {
            return Mono.empty();
        }
        return Mono.fromSupplier(() -> registry.authenticate((String) presented.getCredentials()))
                .flatMap(caller -> caller.<Mono<Authentication>>map(c -> Mono.just(new CallerAuthentication(c)))
                        .orElseGet(() -> Mono.error(new BadCredentialsException("unknown API key"))));
    }
}
