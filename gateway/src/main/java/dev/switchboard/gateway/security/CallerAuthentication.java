package dev.switchboard.gateway.security;

import dev.switchboard.gateway.caller.Caller;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The one authentication type authorization, rate limits and identity forwarding understand. Every way of
 * authenticating (an API key, an OAuth2 bearer token) ends in one of these, so adding a credential type changes nothing
 * after authentication.
 */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    /** Exchange attribute with the authenticated {@link Caller}, for the access log. */
    public static final String CALLER_ATTRIBUTE = CallerAuthentication.class.getName() + ".caller";

    private final Caller caller;

    public CallerAuthentication(Caller caller) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
        this.caller = caller;
        setAuthenticated(true);
    }

    public Caller caller() {
        return caller;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return caller.name();
    }
}
