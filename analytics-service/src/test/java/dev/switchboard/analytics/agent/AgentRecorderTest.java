package dev.switchboard.analytics.agent;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.routing.TicketQueued;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AgentRecorderTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private final InMemoryAgentStates store = new InMemoryAgentStates();
    private final AgentRecorder recorder = new AgentRecorder(store, new AgentStateApplier(), 3);

    @Test
    void shouldKeepTheLatestTeamAndPresenceWhateverOrderTheyArriveIn() {
        recorder.record("p-2", presence("a-1", AgentStatus.AWAY, T0.plusSeconds(60)));
        recorder.record("p-1", presence("a-1", AgentStatus.AVAILABLE, T0));
        recorder.record("u-2", updated("a-1", "tech", T0.plusSeconds(30)));
        recorder.record("u-1", updated("a-1", "billing", T0.plusSeconds(10)));

        AgentState state = store.find("a-1").orElseThrow();
        assertThat(state.status()).isEqualTo(AgentStatus.AWAY);
        assertThat(state.team()).isEqualTo("tech");
        assertThat(state.version()).isEqualTo(2);
    }

    @Test
    void shouldChangeNothingWhenAnEventIsDeliveredAgain() {
        AgentPresenceChanged available = presence("a-1", AgentStatus.AVAILABLE, T0);

        assertThat(recorder.record("p-1", available)).isTrue();
        assertThat(recorder.record("p-1", available)).isFalse();
        assertThat(store.find("a-1").orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void shouldDecideBetweenTwoEventsOfTheSameInstantByTheirIdsNotTheirArrival() {
        recorder.record("p-b", presence("a-1", AgentStatus.OFFLINE, T0));
        recorder.record("p-a", presence("a-1", AgentStatus.AVAILABLE, T0));
        recorder.record("p-a", presence("a-2", AgentStatus.AVAILABLE, T0));
        recorder.record("p-b", presence("a-2", AgentStatus.OFFLINE, T0));

        assertThat(store.find("a-1").orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
        assertThat(store.find("a-2").orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
    }

    @Test
    void shouldIgnoreEventsNoAgentFigureDependsOn() {
        assertThat(recorder.record("q-1", new TicketQueued("t-1", "billing", null, T0))).isFalse();
        assertThat(store.all()).isEmpty();
    }

    static AgentPresenceChanged presence(String agentId, AgentStatus status, Instant at) {
        return new AgentPresenceChanged(agentId, status, null, at);
    }

    static AgentUpdated updated(String agentId, String team, Instant at) {
        return new AgentUpdated(agentId, "Ada", team, 1, Map.of(), Map.of(), at);
    }
}
