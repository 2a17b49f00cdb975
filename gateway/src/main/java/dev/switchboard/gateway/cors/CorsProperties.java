package dev.switchboard.gateway.cors;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code switchboard.gateway.cors.*}: the browser origins (the managers' dashboard) allowed to call the API, e.g.
 * {@code GATEWAY_CORS_ORIGINS=https://dashboard.example.com}. Empty: no cross-origin call is allowed.
 */
@Validated
@ConfigurationProperties("switchboard.gateway.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins, @NotNull @DefaultValue("30m") Duration maxAge) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::strip).filter(o -> !o.isEmpty()).toList();
        if (allowedOrigins.contains("*")) {
            // a wildcard would let any page drive the API with a user's key pasted into the dashboard
            throw new IllegalArgumentException("switchboard.gateway.cors.allowed-origins must list origins, not '*'");
        }
    }
}
