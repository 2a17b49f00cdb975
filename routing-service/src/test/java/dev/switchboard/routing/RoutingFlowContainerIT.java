package dev.switchboard.routing;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.Topic;
import dev.switchboard.events.routing.TicketAssigned;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The routing slice on real MongoDB and Kafka; skipped where Docker is missing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Testcontainers(disabledWithoutDocker = true)
class RoutingFlowContainerIT {

    @Container
    @ServiceConnection
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8");

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.1");

    /** Not a service connection: the Stream binder reads its brokers from properties, not from Boot's details. */
    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        registry.add("spring.cloud.stream.kafka.binder.brokers", KAFKA::getBootstrapServers);
    }

    /** As the local launcher does: every topic with its partition count before the service consumes. */
    @BeforeAll
    static void createTopics() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                KAFKA.getBootstrapServers()))) {
            admin.createTopics(Arrays.stream(Topic.values())
                    .map(topic -> new NewTopic(topic.topicName(), topic.partitions(), (short) 1))
                    .toList()).all().get();
        }
    }

    @Autowired
    private WebTestClient client;

    @Test
    void shouldAssignTicketToAvailableAgentOnRealMongoAndKafka() throws Exception {
        client.put().uri("/api/v1/agents/ana").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"Ana\",\"team\":\"billing\",\"tier\":1,\"capacity\":{\"CHAT\":2}}")
                .exchange().expectStatus().isOk();
        client.put().uri("/api/v1/agents/ana/presence").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"status\":\"AVAILABLE\"}")
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> client.get().uri("/api/v1/agents/ana")
                .exchange().expectBody().jsonPath("$.status").isEqualTo("AVAILABLE"));

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>("tickets.events", "t-9", """
                    {"ticketId":"t-9","channel":"CHAT","subject":"Hi","priority":"NORMAL","customer":{"id":"c-9"},
                     "team":"billing","createdAt":"2026-11-23T08:00:00Z"}""".getBytes(StandardCharsets.UTF_8));
            header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
            header(record, CloudEventHeaders.ID, "t-9:created");
            header(record, CloudEventHeaders.SOURCE, "/switchboard/ticket-service");
            header(record, CloudEventHeaders.TYPE, "switchboard.ticket.created.v1");
            header(record, CloudEventHeaders.TIME, Instant.now().toString());
            header(record, CloudEventHeaders.SUBJECT, "t-9");
            header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
            producer.send(record).get();
        }

        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, KAFKA.getBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "routing-container-it",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("routing.events"));
            List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
            ConsumerRecord<String, byte[]> assigned = await().atMost(Duration.ofSeconds(30)).pollInSameThread()
                    .until(() -> {
                        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                        return seen.stream().filter(r -> "t-9".equals(r.key())).findFirst().orElse(null);
                    }, Objects::nonNull);
            assertThat(value(assigned.headers().lastHeader(CloudEventHeaders.TYPE))).isEqualTo(TicketAssigned.TYPE);
            assertThat(value(assigned.headers().lastHeader(CloudEventHeaders.ID))).isEqualTo("t-9:assigned:1");
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String value(Header header) {
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
