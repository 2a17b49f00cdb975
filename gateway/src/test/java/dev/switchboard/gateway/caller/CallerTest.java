package dev.switchboard.gateway.caller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void shouldRequireAnAgentIdForAnAgent() {
        // when / then
        assertThatThrownBy(() -> new Caller("a", Role.AGENT, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("agentId");
    }

    @Test
    void shouldRequireAPlatformForAPlatform() {
        // when / then
        assertThatThrownBy(() -> new Caller("p", Role.PLATFORM, Optional.empty(), Optional.of(" ")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("platform");
    }

    @Test
    void shouldDropAttributesThatDoNotBelongToTheRole() {
        // when
        Caller manager = new Caller("m", Role.MANAGER, Optional.of("agent-1"), Optional.of("zendesk"));

        // then
        assertThat(manager.agentId()).isEmpty();
        assertThat(manager.platform()).isEmpty();
        assertThat(manager.isAgent("agent-1")).isFalse();
    }
}
