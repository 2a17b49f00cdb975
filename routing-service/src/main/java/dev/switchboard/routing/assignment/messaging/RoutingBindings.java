package dev.switchboard.routing.assignment.messaging;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.OfferAnswered;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.assignment.persistence.RoutingStateStore;
import dev.switchboard.routing.cloudevents.CloudEventPublisher;
import dev.switchboard.routing.cloudevents.IncomingEventReader;
import dev.switchboard.routing.config.RoutingProperties;
import dev.switchboard.routing.cloudevents.IncomingEvent;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.Optional;
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
            TicketPriorityChanged.TYPE, TicketReopened.TYPE, TicketTeamChanged.TYPE, AgentUpdated.TYPE,
            AgentPresenceChanged.TYPE, SlaEscalated.TYPE, OfferAnswered.TYPE);

    @Bean
    IncomingEventReader incomingEventReader(JsonMapper jsonMapper) {
        return new IncomingEventReader(jsonMapper, CONSUMED_TYPES);
    }

    @Bean
    RoutingCoordinator routingCoordinator(RoutingEngine engine, CloudEventPublisher publisher, RoutingStateStore store,
                                          RoutingProperties properties, KafkaProperties kafkaProperties,
                                          MeterRegistry meters) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // the same id in every instance: a new leader's initTransactions() fences the producer of the one before
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, properties.leadership().transactionalId());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) properties.sendTimeout().toMillis());
        // how long a dead leader's open transaction can hold up read_committed readers if no successor fences it
        config.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, (int) properties.sendTimeout().multipliedBy(2).toMillis());
        return new RoutingCoordinator(engine,
                new RoutingEventPublisher(publisher, () -> new KafkaProducer<>(config)),
                store, meters);
    }

    @Bean
    Consumer<Message<byte[]>> ticketEvents(IncomingEventReader reader, RoutingCoordinator coordinator) {
        return message -> handle(message, reader, coordinator);
    }

    @Bean
    Consumer<Message<byte[]>> slaEvents(IncomingEventReader reader, RoutingCoordinator coordinator) {
        return message -> handle(message, reader, coordinator);
    }

    @Bean
    Consumer<Message<byte[]>> agentEvents(IncomingEventReader reader, RoutingCoordinator coordinator) {
        return message -> handle(message, reader, coordinator);
    }

    /**
     * Acknowledges (commits the offset of) a record only once it is decided or skipped by the leader. A record this
     * instance may not decide (it was fenced, or no longer leads) stays unacknowledged, and so does everything after
     * it: its consumer is stopped a moment later and the new leader reads on from there. Nothing of it is
     * dead-lettered. An unreadable record throws: the binder dead-letters it and acknowledges it.
     */
    static void handle(Message<byte[]> message, IncomingEventReader reader, RoutingCoordinator coordinator) {
        if (!coordinator.isLeading()) {
            return;
        }
        Optional<IncomingEvent> event = reader.read(message.getHeaders(), message.getPayload());
        if (event.isEmpty() || coordinator.apply(event.get())) {
            Acknowledgment acknowledgment = message.getHeaders().get(KafkaHeaders.ACKNOWLEDGMENT, Acknowledgment.class);
            if (acknowledgment != null) {
                acknowledgment.acknowledge();
            }
        }
    }
}
