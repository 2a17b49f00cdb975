package dev.switchboard.analytics.fact.messaging;

import dev.switchboard.analytics.AnalyticsProperties;
import dev.switchboard.analytics.fact.BucketWriter;
import dev.switchboard.analytics.fact.FactChangeListener;
import dev.switchboard.analytics.fact.FactRecorder;
import dev.switchboard.analytics.fact.FactStore;
import dev.switchboard.analytics.fact.HandlingSink;
import dev.switchboard.analytics.fact.TicketFactApplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.util.function.Consumer;

/**
 * The three Spring Cloud Stream consumers (bindings {@code ticketEvents-in-0}, {@code routingEvents-in-0},
 * {@code slaEvents-in-0}). They share one handler: every topic feeds the same per-ticket facts.
 */
@Configuration(proxyBeanMethods = false)
class FactConsumersConfiguration {

    @Bean
    FactRecorder factRecorder(FactStore store, BucketWriter buckets, FactChangeListener listener,
                              AnalyticsProperties properties, Clock clock, HandlingSink agentTimelines) {
        return new FactRecorder(store, buckets, new TicketFactApplier(), listener, properties.maxWriteAttempts(),
                clock, agentTimelines);
    }

    @Bean
    FactEventHandler factEventHandler(ObjectMapper mapper, FactRecorder recorder) {
        return new FactEventHandler(new CloudEventReader(mapper), recorder);
    }

    @Bean
    Consumer<Message<byte[]>> ticketEvents(FactEventHandler handler) {
        return handler::handle;
    }

    @Bean
    Consumer<Message<byte[]>> routingEvents(FactEventHandler handler) {
        return handler::handle;
    }

    @Bean
    Consumer<Message<byte[]>> slaEvents(FactEventHandler handler) {
        return handler::handle;
    }
}
