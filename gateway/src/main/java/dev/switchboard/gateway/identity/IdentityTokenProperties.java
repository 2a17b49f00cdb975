package dev.switchboard.gateway.identity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code switchboard.gateway.identity-token.*}: the HMAC secret shared with the services (env
 * {@code GATEWAY_IDENTITY_SECRET}, at least 32 bytes) and the lifetime of each token.
 */
@Validated
@ConfigurationProperties("switchboard.gateway.identity-token")
public record IdentityTokenProperties(
        @NotBlank(message = "must be set (GATEWAY_IDENTITY_SECRET): the services verify the gateway's identity"
                + " tokens with it") String secret,
        @NotNull @DefaultValue("30s") Duration ttl) {
}
