package dev.switchboard.gateway.caller;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is calling, whatever the credential was (an API key or a bearer token): the gateway forwards exactly this to the
 * services, so nothing a client sends about itself is trusted.
 *
 * @param name     the credential's name (the key's name, or the token's subject)
 * @param role     what the caller may do
 * @param agentId  the agent the caller acts for; present exactly for {@link Role#AGENT}
 * @param platform the integration the caller speaks for; present exactly for {@link Role#PLATFORM}
 */
public record Caller(String name, Role role, Optional<String> agentId, Optional<String> platform) {

    public Caller {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(platform, "platform");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a caller needs a name");
        }
        if (role == Role.AGENT && agentId.filter(id -> !id.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("caller '" + name + "' has role AGENT but no agentId");
        }
        if (role == Role.PLATFORM && platform.filter(p -> !p.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("caller '" + name + "' has role PLATFORM but no platform");
        }
        // Only the role's own attribute is kept, so a MANAGER can never be mistaken for an agent downstream.
        agentId = role == Role.AGENT ? agentId : Optional.empty();
        platform = role == Role.PLATFORM ? platform : Optional.empty();
    }

    public static Caller agent(String name, String agentId) {
        return new Caller(name, Role.AGENT, Optional.of(agentId), Optional.empty());
    }

    public static Caller platform(String name, String platform) {
        return new Caller(name, Role.PLATFORM, Optional.empty(), Optional.of(platform));
    }

    public static Caller of(String name, Role role) {
        return new Caller(name, role, Optional.empty(), Optional.empty());
    }

    public boolean isAgent(String id) {
        return agentId.filter(id::equals).isPresent();
    }
}
