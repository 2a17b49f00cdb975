package dev.switchboard.gateway.stream.kafka;

import dev.switchboard.gateway.stream.FeedStatus;
import dev.switchboard.gateway.stream.RecentEvents;
import dev.switchboard.gateway.stream.StreamAudience;
import dev.switchboard.gateway.stream.TicketHolders;
import dev.switchboard.gateway.stream.fanout.LiveEventHub;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The live stream: one Kafka reader per gateway instance, fanned out to every client. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StreamProperties.class)
class StreamConfiguration {

    /** Tells this instance's event ids from another's and from before a restart. */
    private final String epoch = Long.toString(System.currentTimeMillis(), 36)
            + UUID.randomUUID().toString().substring(0, 4);

    @Bean
    LiveEventHub liveEventHub(StreamProperties properties, MeterRegistry meters) {
        return new LiveEventHub(new RecentEvents(epoch, properties.replay()), new TicketHolders(properties.holders()),
                properties.clientBuffer(), properties.enabled() ? FeedStatus.CONNECTING : FeedStatus.DISABLED,
                meters);
    }

    @Bean
    StreamAudience streamAudience() {
        return new StreamAudience();
    }

    @Bean
    @ConditionalOnBooleanProperty(name = "switchboard.gateway.stream.enabled", matchIfMissing = true)
    KafkaEventFeed kafkaEventFeed(StreamProperties properties, KafkaProperties kafka, LiveEventHub hub) {
        Map<String, Object> config = KafkaEventFeed.consumerProperties(kafka.buildConsumerProperties());
        config.put("client.id", "gateway-stream-" + epoch);
        return new KafkaEventFeed(() -> new KafkaConsumer<>(config),
                new CloudEventRecords(JsonMapper.builder().build()), hub, properties);
    }
}
