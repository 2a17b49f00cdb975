package dev.switchboard.analytics.surge.messaging;

import dev.switchboard.analytics.kpi.query.BucketQuery;
import dev.switchboard.analytics.surge.SurgeDetector;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.ObjectMapper;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurgeProperties.class)
@ConditionalOnProperty(name = "switchboard.analytics.surge.enabled", havingValue = "true")
class SurgeConfiguration {

    /**
     * A typed template of our own: with the Stream binder present, Boot's template would use byte-array keys.
     * Durable writes: acks=all and idempotence, so a retried send does not duplicate.
     */
    @Bean
    KafkaTemplate<String, byte[]> alertsKafkaTemplate(KafkaProperties properties) {
        Map<String, Object> config = new HashMap<>(properties.buildProducerProperties());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        // a record carries the trace of the request or record that caused it (traceparent header)
        template.setObservationEnabled(true);
        return template;
    }

    @Bean
    SurgeMonitor surgeMonitor(SurgeProperties properties, BucketQuery buckets,
                              KafkaTemplate<String, byte[]> alertsKafkaTemplate, ObjectMapper json,
                              MeterRegistry registry, Clock clock) {
        SurgeDetector detector = new SurgeDetector(properties.alpha(), properties.threshold(), properties.minInflow(),
                properties.warmUpMinutes(), properties.minStdDev(), clock);
        return new SurgeMonitor(detector, buckets, new SurgePublisher(alertsKafkaTemplate, json), registry, clock,
                properties.warmUpMinutes());
    }
}
