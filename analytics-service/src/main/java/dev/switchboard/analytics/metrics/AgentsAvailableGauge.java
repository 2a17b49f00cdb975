package dev.switchboard.analytics.metrics;

import dev.switchboard.analytics.agent.AgentState;
import dev.switchboard.analytics.agent.AgentStateStore;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * {@code switchboard.analytics.agents.available{team}}: agents whose latest presence is AVAILABLE, recounted from the
 * stored agent states (so it is right after a restart). Every known team gets a series, zero included.
 */
@Component
class AgentsAvailableGauge {

    static final String NAME = "switchboard.analytics.agents.available";

    private static final Logger log = LoggerFactory.getLogger(AgentsAvailableGauge.class);

    private final AgentStateStore agents;
    private final MultiGauge gauge;

    AgentsAvailableGauge(AgentStateStore agents, MeterRegistry registry) {
        this.agents = agents;
        this.gauge = MultiGauge.builder(NAME).description("Agents whose presence is AVAILABLE").register(registry);
    }

    @Scheduled(fixedDelayString = "${switchboard.analytics.backlog-refresh-interval}",
            initialDelayString = "${switchboard.analytics.backlog-refresh-interval}")
    void refresh() {
        try {
            Map<String, Long> byTeam = new TreeMap<>();
            for (AgentState agent : agents.all()) {
                byTeam.merge(Objects.requireNonNullElse(agent.team(), KpiMeters.UNKNOWN),
                        agent.isAvailable() ? 1L : 0L, Long::sum);
            }
            List<MultiGauge.Row<?>> rows = byTeam.entrySet().stream()
                    .<MultiGauge.Row<?>>map(entry -> MultiGauge.Row.of(Tags.of("team", entry.getKey()),
                            entry.getValue()))
                    .toList();
            gauge.register(rows, true);
        } catch (RuntimeException e) {
            // keep the last figures; the next refresh tries again
            log.warn("Could not recount the agents available: {}", e.toString());
        }
    }
}
