package dev.switchboard.gateway.apikey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.gateway.GatewayApplication;
import dev.switchboard.gateway.apikey.DevelopmentKeyOutsideLocalException;
import dev.switchboard.gateway.identity.IdentityTokenIssuer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.context.ConfigurableApplicationContext;

/** The published development keys must never protect a real deployment. */
class DevelopmentKeyStartupIT {

    /** A command-line argument: the defaults given to the builder lose against application.yml's placeholder. */
    private static final String PRODUCTION_SECRET =
            "--switchboard.gateway.identity-token.secret=a-production-secret-of-32-bytes-or-more";

    private static final String DEV_AGENT_KEY_SHA256 =
            "768d431c7599a91b58ae5747e08e9aa96dcb4eef45e029c87e3e060e521dcead";

    @ParameterizedTest
    @ValueSource(strings = {"", "prod"})
    void shouldRefuseToStartWithADevelopmentKeyOutsideTheLocalProfile(String profile) {
        // given
        SpringApplicationBuilder gateway = gateway(profile,
                "switchboard.gateway.api-keys[0].name=looks-harmless",
                "switchboard.gateway.api-keys[0].role=AGENT",
                "switchboard.gateway.api-keys[0].agent-id=a-1",
                "switchboard.gateway.api-keys[0].sha256=" + DEV_AGENT_KEY_SHA256);

        // when / then
        assertThatThrownBy(() -> gateway.run(PRODUCTION_SECRET))
                .rootCause()
                .isInstanceOf(DevelopmentKeyOutsideLocalException.class)
                .hasMessageContaining("Refusing to start")
                .hasMessageContaining("dev-agent-key");
    }

    @Test
    void shouldStartWithTheDevelopmentKeysInTheLocalProfile() {
        // when
        try (ConfigurableApplicationContext context = gateway("local").run()) {
            // then
            assertThat(context.isRunning()).isTrue();
        }
    }

    @Test
    void shouldStartWithOwnKeysInAnyProfile() {
        // when
        try (ConfigurableApplicationContext context = gateway("prod",
                "switchboard.gateway.api-keys[0].name=ops",
                "switchboard.gateway.api-keys[0].role=ADMIN",
                "switchboard.gateway.api-keys[0].sha256=" + "0".repeat(64))
                .run(PRODUCTION_SECRET)) {
            // then
            assertThat(context.isRunning()).isTrue();
        }
    }

    @Test
    void shouldRefuseToStartOutsideTheLocalProfileWithoutAnIdentitySecret() {
        // when / then
        assertThatThrownBy(() -> gateway("prod").run())
                .hasMessageContaining("switchboard.gateway.identity-token");
    }

    @Test
    void shouldRefuseToStartOutsideTheLocalProfileWithTheLocalIdentitySecret() {
        // when / then
        assertThatThrownBy(() -> gateway("prod").run("--switchboard.gateway.identity-token.secret="
                + IdentityTokenIssuer.LOCAL_SECRET))
                .rootCause()
                .isInstanceOf(DevelopmentKeyOutsideLocalException.class)
                .hasMessageContaining("identity token secret");
    }

    private static SpringApplicationBuilder gateway(String profile, String... properties) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(GatewayApplication.class)
                // first of all sources: a default property would lose to application.yml's 8080, which may be taken
                .initializers(context -> context.getEnvironment().getPropertySources()
                        .addFirst(new MapPropertySource("random-port", Map.of("server.port", "0"))))
                .properties(properties);
        return profile.isEmpty() ? builder : builder.profiles(profile);
    }
}
