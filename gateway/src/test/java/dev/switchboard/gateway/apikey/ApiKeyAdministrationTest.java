package dev.switchboard.gateway.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.gateway.apikey.ApiKeyAdministration.ApiKeyChanged;
import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApiKeyAdministrationTest {

    private static final Caller OPS = Caller.of("ops", Role.ADMIN);
    private static final Caller ZENDESK = Caller.platform("zendesk", "zendesk-eu");

    private final ApiKeyRegistry registry = new ApiKeyRegistry(List.of(
            new ApiKey(ApiKeyHash.hexOf("ops-secret"), OPS),
            new ApiKey(ApiKeyHash.hexOf("zendesk-secret-1"), ZENDESK)));
    private final ApiKeyAdministration administration = new ApiKeyAdministration(registry, List.of("prod"));

    @Test
    void shouldRotateAKeySoThatOnlyTheNewOneWorks() {
        // when
        ApiKeyChanged change = administration.put(new ApiKey(ApiKeyHash.hexOf("zendesk-secret-2"), ZENDESK));

        // then
        assertThat(change).isEqualTo(new ApiKeyChanged("zendesk", Role.PLATFORM, ApiKeyChanged.Kind.ROTATED));
        assertThat(registry.authenticate("zendesk-secret-1")).isEmpty();
        assertThat(registry.authenticate("zendesk-secret-2")).contains(ZENDESK);
    }

    @Test
    void shouldCreateAndRevokeAKey() {
        // given
        Caller alice = Caller.agent("alice", "agent-alice");

        // when
        ApiKeyChanged created = administration.put(new ApiKey(ApiKeyHash.hexOf("alice-secret"), alice));
        boolean workedBefore = registry.authenticate("alice-secret").isPresent();
        ApiKeyChanged revoked = administration.revoke("alice").orElseThrow();

        // then
        assertThat(created.kind()).isEqualTo(ApiKeyChanged.Kind.CREATED);
        assertThat(workedBefore).isTrue();
        assertThat(revoked.kind()).isEqualTo(ApiKeyChanged.Kind.REVOKED);
        assertThat(registry.authenticate("alice-secret")).isEmpty();
        assertThat(administration.revoke("alice")).isEmpty();
    }

    @Test
    void shouldRefuseADevelopmentKeyOutsideTheLocalProfile() {
        // when / then
        assertThatThrownBy(() -> administration.put(new ApiKey(ApiKeyHash.hexOf("dev-admin-key"), OPS)))
                .isInstanceOf(DevelopmentKeyOutsideLocalException.class);
        assertThat(registry.authenticate("ops-secret")).contains(OPS);
    }

    @Test
    void shouldRefuseAHashAnotherNameUses() {
        // when / then
        assertThatThrownBy(() -> administration.put(new ApiKey(ApiKeyHash.hexOf("ops-secret"),
                Caller.of("copy", Role.MANAGER)))).isInstanceOf(DuplicateApiKeyException.class);
        assertThat(registry.size()).isEqualTo(2);
    }

    @Test
    void shouldRefuseToRevokeTheLastAdminKey() {
        // when / then
        assertThatThrownBy(() -> administration.revoke("ops")).isInstanceOf(LastAdminKeyException.class);
        administration.put(new ApiKey(ApiKeyHash.hexOf("ops-2"), Caller.of("ops-2", Role.ADMIN)));
        assertThat(administration.revoke("ops")).isPresent();
    }
}
