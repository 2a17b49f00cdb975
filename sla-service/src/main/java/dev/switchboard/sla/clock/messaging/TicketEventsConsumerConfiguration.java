package dev.switchboard.sla.clock.messaging;

import dev.switchboard.sla.clock.ClockService;
import dev.switchboard.sla.timer.PartitionTimers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.util.function.Consumer;

/** Binding {@code ticketEvents-in-0}: {@code tickets.events}, group {@code sla-service}, DLQ on (application.yml). */
@Configuration(proxyBeanMethods = false)
class TicketEventsConsumerConfiguration {

    @Bean
    Consumer<Message<byte[]>> ticketEvents(JsonMapper json, ClockService clocks, PartitionTimers timers) {
        TicketEventReader reader = new TicketEventReader(json);
        return message -> {
            int partition = number(message, KafkaHeaders.RECEIVED_PARTITION).intValue();
            try {
                reader.read(message).ifPresent(event -> clocks.apply(event.id(), event.data(), partition));
            } finally {
                // a record that failed counts as read too: a catch-up must not wait for a record bound for the DLQ
                timers.handled(partition, number(message, KafkaHeaders.OFFSET).longValue());
            }
        };
    }

    private static Number number(Message<?> message, String header) {
        if (message.getHeaders().get(header) instanceof Number number) {
            return number;
        }
        throw new IllegalStateException("no " + header + " header: ticketEvents must be bound to the Kafka binder");
    }
}
