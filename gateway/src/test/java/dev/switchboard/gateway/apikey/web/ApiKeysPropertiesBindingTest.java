package dev.switchboard.gateway.apikey.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.apikey.ApiKey;
import dev.switchboard.gateway.caller.Caller;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The environment variable names docker-compose uses must keep binding to the key list. Note {@code _AGENT_ID}: inside
 * an indexed list Boot does not map {@code _AGENTID} to {@code agentId}.
 */
class ApiKeysPropertiesBindingTest {

    @Test
    void shouldBindKeysFromEnvironmentVariables() {
        // given
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new SystemEnvironmentPropertySource("test-systemEnvironment", Map.of(
                "SWITCHBOARD_GATEWAY_API_KEYS_0_NAME", "zendesk",
                "SWITCHBOARD_GATEWAY_API_KEYS_0_ROLE", "PLATFORM",
                "SWITCHBOARD_GATEWAY_API_KEYS_0_SHA256", "a".repeat(64),
                "SWITCHBOARD_GATEWAY_API_KEYS_0_PLATFORM", "zendesk-eu",
                "SWITCHBOARD_GATEWAY_API_KEYS_1_NAME", "alice",
                "SWITCHBOARD_GATEWAY_API_KEYS_1_ROLE", "AGENT",
                "SWITCHBOARD_GATEWAY_API_KEYS_1_SHA256", "b".repeat(64),
                "SWITCHBOARD_GATEWAY_API_KEYS_1_AGENT_ID", "agent-alice")));

        // when
        List<ApiKey> keys = new Binder(ConfigurationPropertySources.get(environment))
                .bind("switchboard.gateway", ApiKeysProperties.class)
                .get()
                .toApiKeys();

        // then
        assertThat(keys).containsExactly(
                new ApiKey("a".repeat(64), Caller.platform("zendesk", "zendesk-eu")),
                new ApiKey("b".repeat(64), Caller.agent("alice", "agent-alice")));
    }
}
