package dev.switchboard.gateway.jwt.web;

import dev.switchboard.gateway.jwt.TokenClaims;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code switchboard.gateway.jwt.*}: which claims of a bearer token name the caller. Where the tokens come from is
 * Boot's own {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} / {@code jwk-set-uri} (and {@code audiences});
 * without either, bearer tokens are refused.
 */
@Validated
@ConfigurationProperties("switchboard.gateway.jwt")
public record JwtProperties(
        @NotBlank @DefaultValue("sub") String nameClaim,
        @NotBlank @DefaultValue("roles") String rolesClaim,
        @NotBlank @DefaultValue("agent_id") String agentIdClaim,
        @NotBlank @DefaultValue("platform") String platformClaim,
        @DefaultValue("") String rolePrefix) {

    public TokenClaims toTokenClaims() {
        return new TokenClaims(nameClaim, rolesClaim, agentIdClaim, platformClaim, rolePrefix);
    }
}
