package dev.switchboard.gateway.apikey.web;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A key as the client sent it, not yet checked. */
final class PresentedApiKey extends AbstractAuthenticationToken {

    private final String key;

    PresentedApiKey(String key) {
        super(List.of());
        this.key = key;
        setAuthenticated(false);
    }

    @Override
    public Object getCredentials() {
        return key;
    }

    @Override
    public Object getPrincipal() {
        // the key itself must never end up in a log line that prints the principal
        return "api-key";
    }
}
