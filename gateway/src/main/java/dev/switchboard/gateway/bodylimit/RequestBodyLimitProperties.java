package dev.switchboard.gateway.bodylimit;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/** {@code switchboard.gateway.request-body.max-size}: the largest body forwarded to a service (1MB by default). */
@Validated
@ConfigurationProperties("switchboard.gateway.request-body")
public record RequestBodyLimitProperties(@NotNull @DefaultValue("1MB") DataSize maxSize) {
}
