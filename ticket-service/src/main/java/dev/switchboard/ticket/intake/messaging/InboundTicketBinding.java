package dev.switchboard.ticket.intake.messaging;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import java.util.function.Consumer;

@Configuration(proxyBeanMethods = false)
class InboundTicketBinding {

    @Bean
    Consumer<Message<byte[]>> intakeInboundTickets(InboundRecordHandler handler) {
        return handler::handle;
    }
}
