package dev.switchboard.ticket.view.messaging;

import dev.switchboard.ticket.view.application.TicketProjectionService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * One binding per topic (tickets.events, routing.events, sla.events) so that each has its own dead-letter topic
 * {@code <topic>.dlq}; all three feed the same projection.
 */
@Configuration(proxyBeanMethods = false)
class ViewProjectionBindings {

    // the binder's consumer thread may block: it must not take the next record before this one is stored
    private static final Duration WRITE_TIMEOUT = Duration.ofSeconds(30);

    @Bean
    Consumer<Message<byte[]>> projectTicketEvents(ViewEventReader reader, TicketProjectionService projection) {
        return project(reader, projection);
    }

    @Bean
    Consumer<Message<byte[]>> projectRoutingEvents(ViewEventReader reader, TicketProjectionService projection) {
        return project(reader, projection);
    }

    @Bean
    Consumer<Message<byte[]>> projectSlaEvents(ViewEventReader reader, TicketProjectionService projection) {
        return project(reader, projection);
    }

    private static Consumer<Message<byte[]>> project(ViewEventReader reader, TicketProjectionService projection) {
        return message -> reader.read(message).ifPresent(event -> projection.apply(event).block(WRITE_TIMEOUT));
    }
}
