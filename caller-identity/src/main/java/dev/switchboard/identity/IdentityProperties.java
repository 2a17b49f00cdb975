package dev.switchboard.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * @param enabled   verification on (the default, and the only safe setting outside a test)
 * @param secret    the HS256 secret shared with the gateway ({@code GATEWAY_IDENTITY_SECRET}); in the local profile it
 *                  defaults to the published local secret
 * @param audience  this service's name as the gateway's tokens name it; defaults to {@code spring.application.name}
 * @param clockSkew how far the gateway's and this service's clocks may drift apart
 * @param access    the service's rows of the role matrix, {@code "METHOD /path ROLE,ROLE"} (see {@link AccessRules})
 */
@ConfigurationProperties("switchboard.identity")
public record IdentityProperties(
        @DefaultValue("true") boolean enabled,
        String secret,
        String audience,
        @DefaultValue("5s") Duration clockSkew,
        List<String> access) {

    public IdentityProperties {
        access = access == null ? List.of() : List.copyOf(access);
    }
}
