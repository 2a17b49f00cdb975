package dev.switchboard.gateway.ratelimit.web;

import dev.switchboard.gateway.caller.Role;
import dev.switchboard.gateway.ratelimit.BucketSpec;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** {@code switchboard.gateway.rate-limit.*}: one token bucket per credential, shaped per role. */
@Validated
@ConfigurationProperties("switchboard.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @NotNull @Valid Limit platform,
        @NotNull @Valid Limit agent,
        @NotNull @Valid Limit manager,
        @NotNull @Valid Limit admin) {

    /**
     * @param capacity        the burst: requests accepted at once from a full bucket
     * @param refillPerSecond the sustained rate
     */
    public record Limit(@Min(1) long capacity, @Positive double refillPerSecond) {
    }

    Map<Role, BucketSpec> toBucketSpecs() {
        Map<Role, BucketSpec> specs = new EnumMap<>(Role.class);
        specs.put(Role.PLATFORM, spec(platform));
        specs.put(Role.AGENT, spec(agent));
        specs.put(Role.MANAGER, spec(manager));
        specs.put(Role.ADMIN, spec(admin));
        return specs;
    }

    private static BucketSpec spec(Limit limit) {
        return new BucketSpec(limit.capacity(), limit.refillPerSecond());
    }
}
