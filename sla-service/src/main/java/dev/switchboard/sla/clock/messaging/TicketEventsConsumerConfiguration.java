package dev.switchboard.sla.clock.messaging;

import dev.switchboard.sla.clock.ClockService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.util.function.Consumer;

/** Binding {@code ticketEvents-in-0}: {@code tickets.events}, group {@code sla-service}, DLQ on (application.yml). */
@Configuration(proxyBeanMethods = false)
class TicketEventsConsumerConfiguration {

    @Bean
    Consumer<Message<byte[]>> ticketEvents(JsonMapper json, ClockService clocks) {
        TicketEventReader reader = new TicketEventReader(json);
        return message -> reader.read(message).ifPresent(event -> clocks.apply(event.id(), event.data()));
    }
}
