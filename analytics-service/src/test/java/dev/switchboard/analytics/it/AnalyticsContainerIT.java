package dev.switchboard.analytics.it;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static dev.switchboard.analytics.CloudEventRecords.record;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.publicReply;
import static dev.switchboard.analytics.fact.TicketEvents.solved;
import static org.awaitility.Awaitility.await;

/**
 * The same path as {@link AnalyticsPipelineIT} on a real MongoDB and a real Kafka broker. Skipped where Docker is
 * missing.
 */
@Testcontainers(disabledWithoutDocker = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class AnalyticsContainerIT {

    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(30));

    @Autowired
    WebTestClient client;

    // properties rather than @ServiceConnection: the Stream binder reads its own brokers property, not Boot's
    // connection details
    @DynamicPropertySource
    static void containers(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> MONGO.getConnectionString() + "/switchboard_analytics");
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        registry.add("spring.cloud.stream.kafka.binder.brokers", KAFKA::getBootstrapServers);
    }

    @Test
    void shouldCountATicketPostedToRealKafkaAndStoredInRealMongo() throws Exception {
        try (Producer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(record("t-c:created", "t-c", created("t-c", t0))).get();
            producer.send(record("reply-t-c", "t-c", publicReply("t-c", "agent-1", t0.plusSeconds(45)))).get();
            producer.send(record("solved-t-c", "t-c", solved("t-c", t0.plusSeconds(300)))).get();
        }

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> client.get()
                .uri(uri -> uri.path("/api/v1/analytics/summary")
                        .queryParam("from", t0.minus(Duration.ofHours(1)))
                        .queryParam("to", t0.plus(Duration.ofHours(1)))
                        .build())
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.created").isEqualTo(1)
                .jsonPath("$.solved").isEqualTo(1)
                .jsonPath("$.firstReplyTime.p50").isEqualTo(45.0));
    }
}
