package dev.switchboard.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.caller.Caller;
import dev.switchboard.gateway.caller.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StreamAudienceTest {

    private final StreamAudience audience = new StreamAudience();
    private final LiveEvent agentSevensTicket = new LiveEvent(1, "ticket.replied", "tickets.events", "t-1", "{}",
            Set.of("agent-7"));
    private final LiveEvent managersOnly = new LiveEvent(2, "analytics.surge-detected", "analytics.alerts", "billing",
            "{}", Set.of());

    @Test
    void shouldShowManagersAndAdminsEveryEvent() {
        for (Role role : new Role[] {Role.MANAGER, Role.ADMIN}) {
            Caller caller = Caller.of("boss", role);
            assertThat(audience.mayConnect(caller)).isTrue();
            assertThat(audience.sees(caller, agentSevensTicket)).isTrue();
            assertThat(audience.sees(caller, managersOnly)).isTrue();
        }
    }

    @Test
    void shouldShowAnAgentOnlyTheEventsAboutItself() {
        Caller seven = Caller.agent("key-7", "agent-7");
        Caller eight = Caller.agent("key-8", "agent-8");

        assertThat(audience.mayConnect(seven)).isTrue();
        assertThat(audience.sees(seven, agentSevensTicket)).isTrue();
        assertThat(audience.sees(eight, agentSevensTicket)).isFalse();
        assertThat(audience.sees(seven, managersOnly)).isFalse();
    }

    @Test
    void shouldKeepPlatformCallersOffTheStream() {
        Caller platform = Caller.platform("zendesk-key", "zendesk");

        assertThat(audience.mayConnect(platform)).isFalse();
        assertThat(audience.sees(platform, agentSevensTicket)).isFalse();
        assertThat(audience.sees(platform, managersOnly)).isFalse();
    }
}
