package dev.switchboard.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class IdentityHeadersFilterTest {

    @Test
    void shouldReplaceEveryForgedIdentityHeaderWhateverItsCase() {
        // given
        HttpHeaders headers = new HttpHeaders();
        headers.add("x-switchboard-role", "ADMIN");
        headers.add("X-SWITCHBOARD-AGENT-ID", "someone-else");
        headers.add("X-Switchboard-Tenant", "other");
        headers.add("X-API-Key", "the-key");
        headers.add("Accept", "application/json");

        // when
        IdentityHeadersFilter.replaceIdentity(headers, Caller.of("reporting", Role.MANAGER));

        // then
        assertThat(headers.get(IdentityHeadersFilter.ROLE)).containsExactly("MANAGER");
        assertThat(headers.get(IdentityHeadersFilter.PRINCIPAL)).containsExactly("reporting");
        assertThat(headers.containsHeader(IdentityHeadersFilter.AGENT_ID)).isFalse();
        assertThat(headers.containsHeader("X-Switchboard-Tenant")).isFalse();
        assertThat(headers.containsHeader("X-API-Key")).isFalse();
        assertThat(headers.getFirst("Accept")).isEqualTo("application/json");
    }

    @Test
    void shouldSetTheAgentIdOfAnAgentAndThePlatformOfAPlatform() {
        // given
        HttpHeaders agent = new HttpHeaders();
        HttpHeaders platform = new HttpHeaders();

        // when
        IdentityHeadersFilter.replaceIdentity(agent, Caller.agent("alice-key", "alice"));
        IdentityHeadersFilter.replaceIdentity(platform, Caller.platform("zd", "zendesk-eu"));

        // then
        assertThat(agent.getFirst(IdentityHeadersFilter.AGENT_ID)).isEqualTo("alice");
        assertThat(agent.containsHeader(IdentityHeadersFilter.PLATFORM)).isFalse();
        assertThat(platform.getFirst(IdentityHeadersFilter.PLATFORM)).isEqualTo("zendesk-eu");
        assertThat(platform.getFirst(IdentityHeadersFilter.ROLE)).isEqualTo("PLATFORM");
    }
}
