package dev.switchboard.gateway.apikey.web;

import dev.switchboard.gateway.apikey.ApiKey;
import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code switchboard.gateway.api-keys}: a list of {@code {name, role, sha256, agentId, platform}}, so that environment
 * variables such as {@code SWITCHBOARD_GATEWAY_API_KEYS_0_SHA256} configure a container.
 */
@Validated
@ConfigurationProperties("switchboard.gateway")
public record ApiKeysProperties(List<@Valid Entry> apiKeys) {

    public ApiKeysProperties {
        apiKeys = apiKeys == null ? List.of() : List.copyOf(apiKeys);
    }

    public List<ApiKey> toApiKeys() {
        return apiKeys.stream().map(Entry::toApiKey).toList();
    }

    /**
     * @param sha256   lowercase hex SHA-256 of the key's UTF-8 bytes ({@code printf %s "$KEY" | sha256sum})
     * @param agentId  required for role AGENT
     * @param platform required for role PLATFORM
     */
    public record Entry(
            @NotBlank String name,
            @NotNull Role role,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be 64 lowercase hex characters") String sha256,
            String agentId,
            String platform) {

        ApiKey toApiKey() {
            return new ApiKey(sha256,
                    new Caller(name, role, Optional.ofNullable(agentId), Optional.ofNullable(platform)));
        }
    }
}
