package dev.switchboard.routing.agent;

import dev.switchboard.events.Topic;
import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.routing.assignment.AgentState;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.cloudevents.CloudEventPublisher;
import dev.switchboard.routing.cloudevents.OutgoingEvent;
import dev.switchboard.routing.config.RoutingProperties;
import dev.switchboard.routing.problem.Problems;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the agent requests into events on {@code agents.events}. Nothing changes here: the engine applies the events
 * when it consumes them, so the log stays the one source of truth. Each answer waits for the broker's ack.
 */
@Service
class AgentCommands {

    private final CloudEventPublisher publisher;
    private final RoutingEngine engine;
    private final Clock clock;
    private final Duration sendTimeout;
    /** Agents configured through this instance whose event the engine may not have consumed yet. */
    private final Set<String> configuredHere = ConcurrentHashMap.newKeySet();

    AgentCommands(CloudEventPublisher publisher, RoutingEngine engine, Clock clock, RoutingProperties properties) {
        this.publisher = publisher;
        this.engine = engine;
        this.clock = clock;
        this.sendTimeout = properties.sendTimeout();
    }

    Mono<AgentView> configure(String agentId, AgentConfiguration configuration) {
        Instant now = clock.instant();
        AgentUpdated update = new AgentUpdated(agentId, configuration.name(), configuration.team(),
                configuration.tier(), configuration.skills(), configuration.capacity(), now);
        return send(new OutgoingEvent(Topic.AGENTS_EVENTS, agentId, UUID.randomUUID().toString(), AgentUpdated.TYPE,
                agentId, now, update))
                .doOnSuccess(sent -> configuredHere.add(agentId))
                .then(Mono.fromSupplier(() -> AgentView.configured(update, engine.agent(agentId))));
    }

    Mono<PresenceView> changePresence(String agentId, AgentStatus status) {
        Optional<AgentState> current = engine.agent(agentId);
        if (current.isEmpty() && !configuredHere.contains(agentId)) {
            return Mono.error(Problems.notFound("agent", "Agent " + agentId + " was never configured."));
        }
        Instant now = clock.instant();
        AgentPresenceChanged change = new AgentPresenceChanged(agentId, status,
                current.map(AgentState::status).orElse(null), now);
        return send(new OutgoingEvent(Topic.AGENTS_EVENTS, agentId, UUID.randomUUID().toString(),
                AgentPresenceChanged.TYPE, agentId, now, change))
                .thenReturn(PresenceView.of(change));
    }

    private Mono<Void> send(OutgoingEvent event) {
        return Mono.fromFuture(() -> publisher.publish(event)).timeout(sendTimeout).then();
    }
}
