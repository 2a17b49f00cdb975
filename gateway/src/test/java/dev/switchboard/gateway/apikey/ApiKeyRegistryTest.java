package dev.switchboard.gateway.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ApiKeyRegistryTest {

    private static final Caller OPS = Caller.of("ops", Role.ADMIN);
    private static final Caller ZENDESK = Caller.platform("zendesk", "zendesk-eu");

    private final ApiKeyRegistry registry = new ApiKeyRegistry(List.of(
            new ApiKey(ApiKeyHash.hexOf("s3cret-ops"), OPS),
            new ApiKey(ApiKeyHash.hexOf("s3cret-zendesk"), ZENDESK)));

    @Test
    void shouldFindTheCallerOfAKnownKey() {
        // when / then
        assertThat(registry.authenticate("s3cret-zendesk")).contains(ZENDESK);
        assertThat(registry.authenticate("s3cret-ops")).contains(OPS);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"s3cret-op", "S3CRET-OPS", "s3cret-ops ", "3a5f1b"})
    void shouldFindNobodyForAnUnknownKey(String key) {
        // when / then
        assertThat(registry.authenticate(key)).isEmpty();
    }

    @Test
    void shouldMatchTheHashOfTheUtf8Bytes() {
        // given printf %s 'dev-admin-key' | sha256sum
        String expected = "df76ff796f70d2c9cb055ea6280553caa27eda26b70e01082c160de75a05a4a9";

        // when / then
        assertThat(ApiKeyHash.hexOf("dev-admin-key")).isEqualTo(expected);
    }

    @Test
    void shouldRefuseTwoKeysWithTheSameHash() {
        // given
        String hash = ApiKeyHash.hexOf("same");

        // when / then
        assertThatThrownBy(() -> new ApiKeyRegistry(List.of(new ApiKey(hash, OPS), new ApiKey(hash, ZENDESK))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("zendesk");
    }

    @Test
    void shouldRefuseTwoKeysWithTheSameName() {
        // when / then
        assertThatThrownBy(() -> new ApiKeyRegistry(List.of(
                new ApiKey(ApiKeyHash.hexOf("a"), OPS), new ApiKey(ApiKeyHash.hexOf("b"), OPS))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ops");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "DF76FF796F70D2C9CB055EA6280553CAA27EDA26B70E01082C160DE75A05A4A9",
            "df76ff796f70d2c9cb055ea6280553caa27eda26b70e01082c160de75a05a4a9aa"})
    void shouldRefuseAMalformedHash(String hash) {
        // when / then
        assertThatThrownBy(() -> new ApiKey(hash, OPS)).isInstanceOf(IllegalArgumentException.class);
    }
}
