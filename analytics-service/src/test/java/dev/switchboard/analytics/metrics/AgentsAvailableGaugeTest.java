package dev.switchboard.analytics.metrics;

import dev.switchboard.analytics.agent.AgentRecorder;
import dev.switchboard.analytics.agent.AgentStateApplier;
import dev.switchboard.analytics.agent.InMemoryAgentStates;
import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AgentsAvailableGaugeTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @Test
    void shouldCountAvailableAgentsPerTeamWithZerosForTeamsWithoutAny() {
        InMemoryAgentStates store = new InMemoryAgentStates();
        AgentRecorder recorder = new AgentRecorder(store, new AgentStateApplier(), 3);
        recorder.record("u-1", new AgentUpdated("a-1", "A", "billing", 1, Map.of(), Map.of(), T0));
        recorder.record("u-2", new AgentUpdated("a-2", "B", "billing", 1, Map.of(), Map.of(), T0));
        recorder.record("u-3", new AgentUpdated("a-3", "C", "tech", 1, Map.of(), Map.of(), T0));
        recorder.record("p-1", new AgentPresenceChanged("a-1", AgentStatus.AVAILABLE, null, T0));
        recorder.record("p-2", new AgentPresenceChanged("a-2", AgentStatus.AVAILABLE, null, T0));
        recorder.record("p-3", new AgentPresenceChanged("a-2", AgentStatus.AWAY, AgentStatus.AVAILABLE,
                T0.plusSeconds(5)));
        recorder.record("p-4", new AgentPresenceChanged("a-3", AgentStatus.OFFLINE, null, T0));
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        new AgentsAvailableGauge(store, registry).refresh();

        assertThat(registry.get(AgentsAvailableGauge.NAME).tag("team", "billing").gauge().value()).isEqualTo(1.0);
        assertThat(registry.get(AgentsAvailableGauge.NAME).tag("team", "tech").gauge().value()).isZero();
    }
}
