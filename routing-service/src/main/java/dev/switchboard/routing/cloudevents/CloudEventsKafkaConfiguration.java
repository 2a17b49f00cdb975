package dev.switchboard.routing.cloudevents;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.util.Map;

/**
 * The producer for every event this service writes. Built here because, with the Stream binder present, Boot's own
 * template serializes keys as byte arrays; the event log is the source of truth, so nothing is acknowledged before
 * all in-sync replicas have it.
 */
@Configuration(proxyBeanMethods = false)
class CloudEventsKafkaConfiguration {

    @Bean
    KafkaTemplate<String, byte[]> cloudEventsTemplate(KafkaProperties kafkaProperties) {
        Map<String, Object> config = kafkaProperties.buildProducerProperties();
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        // a record carries the trace of the request or record that caused it (traceparent header)
        template.setObservationEnabled(true);
        return template;
    }
}
