package dev.switchboard.gateway.route;

import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code switchboard.gateway.services.*}: base URLs of the services the gateway forwards to. */
@Validated
@ConfigurationProperties("switchboard.gateway.services")
public record ServicesProperties(@NotNull URI ticket, @NotNull URI routing, @NotNull URI sla, @NotNull URI analytics) {
}
