package dev.switchboard.gateway.jwt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenClaimsTest {

    private final TokenClaims claims = TokenClaims.defaults();

    @Test
    void shouldTakeTheAgentIdOfAnAgentFromItsClaim() {
        // when
        Caller caller = claims.toCaller(Map.of("sub", "alice@example.com", "roles", List.of("AGENT", "offline_access"),
                "agent_id", "agent-alice", "platform", "ignored"));

        // then
        assertThat(caller).isEqualTo(Caller.agent("alice@example.com", "agent-alice"));
    }

    @Test
    void shouldReadRolesFromAStringAndFromANestedPath() {
        // given Keycloak's shape
        TokenClaims keycloak = new TokenClaims("preferred_username", "realm_access.roles", "agent_id", "platform",
                "switchboard-");

        // when / then
        assertThat(claims.toCaller(Map.of("sub", "m", "roles", "openid MANAGER")).role()).isEqualTo(Role.MANAGER);
        assertThat(keycloak.toCaller(Map.of("preferred_username", "ops",
                "realm_access", Map.of("roles", List.of("switchboard-ADMIN", "ADMIN-without-prefix-is-ignored")))))
                .isEqualTo(Caller.of("ops", Role.ADMIN));
    }

    @Test
    void shouldRefuseATokenWithoutExactlyOneRole() {
        // when / then
        assertThatThrownBy(() -> claims.toCaller(Map.of("sub", "x", "roles", List.of("admin", "Manager"))))
                .isInstanceOf(InvalidTokenClaimsException.class);
        assertThatThrownBy(() -> claims.toCaller(Map.of("sub", "x", "roles", List.of("MANAGER", "ADMIN"))))
                .isInstanceOf(InvalidTokenClaimsException.class);
        assertThatThrownBy(() -> claims.toCaller(Map.of("sub", "x")))
                .isInstanceOf(InvalidTokenClaimsException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "two words", "line\r\nX-Switchboard-Role: ADMIN", "ünicode", "semi;colon"})
    void shouldRefuseValuesThatAreNotSafeInAHeader(String value) {
        // when / then
        assertThatThrownBy(() -> claims.toCaller(Map.of("sub", value, "roles", "MANAGER")))
                .isInstanceOf(InvalidTokenClaimsException.class);
        assertThatThrownBy(() -> claims.toCaller(Map.of("sub", "a", "roles", "AGENT", "agent_id", value)))
                .isInstanceOf(InvalidTokenClaimsException.class);
    }

    @Test
    void shouldRequireThePlatformOfAPlatform() {
        // when / then
        assertThatThrownBy(() -> claims.toCaller(Map.of("sub", "zd", "roles", "PLATFORM")))
                .isInstanceOf(InvalidTokenClaimsException.class).hasMessageContaining("platform");
        assertThat(claims.toCaller(Map.of("sub", "zd", "roles", "PLATFORM", "platform", "zendesk")))
                .isEqualTo(Caller.platform("zd", "zendesk"));
    }
}
