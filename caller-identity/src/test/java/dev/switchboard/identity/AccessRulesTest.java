package dev.switchboard.identity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessRulesTest {

    private final AccessRules rules = AccessRules.parse(List.of(
            "POST /api/v1/tickets/batch PLATFORM",
            "POST /api/v1/tickets/{ticketId}/events PLATFORM,AGENT",
            "GET  /api/v1/analytics/**  MANAGER,ADMIN"));

    @ParameterizedTest(name = "{0} {1} as {2} -> {3}")
    @CsvSource({
            "POST, /api/v1/tickets/batch,       PLATFORM, true",
            "POST, /api/v1/tickets/batch,       ADMIN,    false",
            "POST, /api/v1/tickets/t-1/events,  AGENT,    true",
            "GET,  /api/v1/tickets/t-1/events,  AGENT,    false",
            "GET,  /api/v1/analytics/summary,   ADMIN,    true",
            "GET,  /api/v1/analytics/a/b,       MANAGER,  true",
            "GET,  /api/v1/analytics/summary,   AGENT,    false",
            "GET,  /api/v1/unknown,             ADMIN,    false"})
    void shouldLetTheFirstMatchingRuleDecideAndRefuseWhatNoRuleNames(String method, String path, String role,
                                                                       boolean allowed) {
        assertThat(rules.allows(method, path, role)).isEqualTo(allowed);
    }

    @Test
    void shouldRefuseARuleThatDoesNotReadAsMethodPathRoles() {
        assertThatThrownBy(() -> AccessRules.parse(List.of("GET /api/v1/queues"))).hasMessageContaining("METHOD");
    }
}
