package dev.switchboard.routing.assignment.messaging;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.assignment.persistence.RoutingStateStore;
import dev.switchboard.routing.cloudevents.CloudEventPublisher;
import dev.switchboard.routing.cloudevents.IncomingEventReader;
import dev.switchboard.routing.config.RoutingProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.util.Set;
import java.util.function.Consumer;

/**
 * The consumers of {@code tickets.events}, {@code agents.events} and {@code sla.events} (bindings
 * {@code ticketEvents-in-0}, {@code agentEvents-in-0} and {@code slaEvents-in-0} in application.yml). All feed the one
 * coordinator.
 */
@Configuration(proxyBeanMethods = false)
class RoutingBindings {

    static final Set<String> CONSUMED_TYPES = Set.of(TicketCreated.TYPE, TicketStatusChanged.TYPE,
            TicketPriorityChanged.TYPE, TicketReopened.TYPE, AgentUpdated.TYPE, AgentPresenceChanged.TYPE, SlaEscalated.TYPE);

    @Bean
    IncomingEventReader incomingEventReader(JsonMapper jsonMapper) {
        return new IncomingEventReader(jsonMapper, CONSUMED_TYPES);
    }

    @Bean
    RoutingCoordinator routingCoordinator(RoutingEngine engine, CloudEventPublisher publisher, RoutingStateStore store,
                                          RoutingProperties properties, MeterRegistry meters) {
        return new RoutingCoordinator(engine, new RoutingEventPublisher(publisher, properties.sendTimeout()), store,
                meters);
    }

    @Bean
    Consumer<Message<byte[]>> ticketEvents(IncomingEventReader reader, RoutingCoordinator coordinator) {
        return message -> reader.read(message.getHeaders(), message.getPayload()).ifPresent(coordinator::apply);
    }

    @Bean
    Consumer<Message<byte[]>> slaEvents(IncomingEventReader reader, RoutingCoordinator coordinator) {
        return message -> reader.read(message.getHeaders(), message.getPayload()).ifPresent(coordinator::apply);
    }

    @Bean
    Consumer<Message<byte[]>> agentEvents(IncomingEventReader reader, RoutingCoordinator coordinator) {
        return message -> reader.read(message.getHeaders(), message.getPayload()).ifPresent(coordinator::apply);
    }
}
