package dev.switchboard.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import dev.switchboard.gateway.support.ContractEndpoints;
import dev.switchboard.gateway.support.ContractEndpoints.Endpoint;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class AccessPolicyTest {

    private final AccessPolicy policy = AccessPolicy.contract();

    static Stream<Arguments> everyEndpointAndRole() {
        return ContractEndpoints.ALL.stream()
                .flatMap(endpoint -> Arrays.stream(Role.values()).map(role -> Arguments.of(endpoint, role)));
    }

    static Caller callerWith(Role role) {
        return switch (role) {
            case AGENT -> Caller.agent("agent-key", ContractEndpoints.OWN_AGENT);
            case PLATFORM -> Caller.platform("platform-key", "zendesk");
            default -> Caller.of(role.name().toLowerCase() + "-key", role);
        };
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("everyEndpointAndRole")
    void shouldAllowExactlyTheRolesOfTheContract(Endpoint endpoint, Role role) {
        // given the contract's matrix
        String path = endpoint.path().split("\\?")[0];

        // when
        Decision decision = policy.decide(endpoint.method(), path, callerWith(role));

        // then
        assertThat(decision.allowed()).as("%s for %s", endpoint, role).isEqualTo(endpoint.allows(role));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/agents/agent-7/presence", "/api/v1/agents/AGENT-DEV/presence",
            "/api/v1/agents/agent-dev%20/presence"})
    void shouldDenyAnAgentSettingAnotherAgentsPresence(String path) {
        // when
        Decision decision = policy.decide("PUT", path, callerWith(Role.AGENT));

        // then
        assertThat(decision).isEqualTo(Decision.NOT_OWN_AGENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1//tickets/t-1", "/api/v1/tickets/t-1/", "/api/v1/tickets//", "//api/v1/queues",
            "/api/v1/analytics//summary", "/api/v1/analytics/summary/", "api/v1/queues", ""})
    void shouldDenyUnusualSpellingsOfAllowedPaths(String path) {
        // when
        Decision decision = policy.decide("GET", path, callerWith(Role.ADMIN));

        // then
        assertThat(decision).isEqualTo(Decision.NO_RULE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST"})
    void shouldTellRoleDenialFromMissingRule(String method) {
        // when
        Decision decision = policy.decide(method, "/api/v1/queues", callerWith(Role.PLATFORM));

        // then
        assertThat(decision).isEqualTo(method.equals("GET") ? Decision.ROLE_NOT_ALLOWED : Decision.NO_RULE);
    }
}
