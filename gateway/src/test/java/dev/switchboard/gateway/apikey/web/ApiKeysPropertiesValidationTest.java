package dev.switchboard.gateway.apikey.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.gateway.caller.Role;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeysPropertiesValidationTest {

    private static final String HASH = "0".repeat(64);

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void shouldReportEveryMalformedField() {
        // given
        ApiKeysProperties properties = new ApiKeysProperties(List.of(
                new ApiKeysProperties.Entry(" ", null, "ABC", null, null)));

        // when
        Set<ConstraintViolation<ApiKeysProperties>> violations = validator.validate(properties);

        // then
        assertThat(violations).extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("apiKeys[0].name", "apiKeys[0].role", "apiKeys[0].sha256");
    }

    @Test
    void shouldAcceptAWellFormedKeyAndNoKeysAtAll() {
        // when / then
        assertThat(validator.validate(new ApiKeysProperties(List.of(
                new ApiKeysProperties.Entry("ops", Role.ADMIN, HASH, null, null))))).isEmpty();
        assertThat(new ApiKeysProperties(null).apiKeys()).isEmpty();
    }

    @Test
    void shouldRefuseAnAgentKeyWithoutAgentId() {
        // given
        ApiKeysProperties properties = new ApiKeysProperties(List.of(
                new ApiKeysProperties.Entry("alice", Role.AGENT, HASH, null, null)));

        // when / then
        assertThatThrownBy(properties::toApiKeys).hasMessageContaining("agentId");
    }
}
