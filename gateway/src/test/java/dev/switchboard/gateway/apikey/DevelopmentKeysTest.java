package dev.switchboard.gateway.apikey;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DevelopmentKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"dev-platform-key", "dev-agent-key", "dev-manager-key", "dev-admin-key"})
    void shouldRefuseEachDevelopmentKeyOutsideTheLocalProfile(String devKey) {
        // given
        List<ApiKey> keys = List.of(new ApiKey(ApiKeyHash.hexOf(devKey), Caller.of("innocent-name", Role.MANAGER)));

        // when / then
        assertThatThrownBy(() -> DevelopmentKeys.refuseOutsideLocal(keys, List.of("prod")))
                .isInstanceOf(DevelopmentKeyOutsideLocalException.class)
                .hasMessageContaining("Refusing to start")
                .hasMessageContaining(devKey)
                .hasMessageContaining("innocent-name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev-platform-key", "dev-admin-key"})
    void shouldAcceptDevelopmentKeysInTheLocalProfile(String devKey) {
        // given
        List<ApiKey> keys = List.of(new ApiKey(ApiKeyHash.hexOf(devKey), Caller.of("dev", Role.ADMIN)));

        // when / then
        assertThatCode(() -> DevelopmentKeys.refuseOutsideLocal(keys, List.of("docker", "local")))
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "prod"})
    void shouldAcceptOwnKeysInAnyProfile(String profile) {
        // given
        List<ApiKey> keys = List.of(new ApiKey(ApiKeyHash.hexOf("a-real-secret"), Caller.of("ops", Role.ADMIN)));

        // when / then
        assertThatCode(() -> DevelopmentKeys.refuseOutsideLocal(keys, profile.isEmpty() ? List.of() : List.of(profile)))
                .doesNotThrowAnyException();
    }
}
