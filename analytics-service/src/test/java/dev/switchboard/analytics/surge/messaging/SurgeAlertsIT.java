package dev.switchboard.analytics.surge.messaging;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.events.Topic;
import dev.switchboard.events.analytics.SurgeDetected;
import dev.switchboard.events.ticket.Priority;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static dev.switchboard.analytics.CloudEventRecords.record;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Item 4 of the round-2 review: a wave of tickets read from a real (embedded, KRaft) broker raises exactly one
 * {@code analytics.surge-detected} on {@code analytics.alerts}, with the deterministic id
 * {@code <team>:surge:<windowStart>}, however often the monitor looks at the minutes again. Time is a test clock that
 * the test moves; the scheduler runs once at start-up (its interval is an hour) and the test drives the checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.default.consumer.back-off-initial-interval=50",
        "switchboard.analytics.surge.warm-up-minutes=3",
        "switchboard.analytics.surge.check-interval=PT1H"})
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, topics = {"tickets.events", "tickets.events.dlq", "routing.events",
        "routing.events.dlq", "sla.events", "sla.events.dlq", "agents.events", "agents.events.dlq",
        "analytics.alerts"})
class SurgeAlertsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TEAM = "wave-team";
    private static final Instant START = Instant.parse("2026-11-23T10:00:10Z");
    private static final Instant WAVE = Instant.parse("2026-11-23T10:04:00Z");
    private static final MovableClock CLOCK = new MovableClock(START);
    private static MongoServer mongo;

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    @Autowired
    SurgeMonitor monitor;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    WebTestClient client;

    @Autowired
    MeterRegistry registry;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        mongo = new MongoServer(new MemoryBackend());
        var address = mongo.bind();
        registry.add("spring.mongodb.uri",
                () -> "mongodb://" + address.getHostString() + ":" + address.getPort() + "/switchboard_analytics");
    }

    @AfterAll
    static void stopMongo() {
        mongo.shutdownNow();
    }

    @Test
    void shouldPublishOneSurgeDetectedPerWaveWithItsDeterministicId() throws Exception {
        monitor.checkNow(); // the baseline of the quiet minutes before START, if the start-up check has not run
        List<Instant> arrivals = new ArrayList<>();
        // a team's baseline starts with its first ticket: 10:00 and 10:03 one each, the trickle of a normal day
        arrivals.add(START.plusSeconds(20));
        arrivals.add(START.plusSeconds(200));
        for (int i = 0; i < 8; i++) {
            arrivals.add(WAVE.plusSeconds(5 * i + 1));             // 10:04: the wave begins
            arrivals.add(WAVE.plusSeconds(60 + 5 * i + 1));        // 10:05: and goes on
        }
        try (Producer<String, byte[]> producer = producer()) {
            for (int i = 0; i < arrivals.size(); i++) {
                String ticketId = "wave-" + i;
                producer.send(record(ticketId + ":created", ticketId,
                        created(ticketId, arrivals.get(i), TEAM, Priority.NORMAL))).get();
            }
        }
        await().atMost(WAIT).untilAsserted(() -> client.get().uri(uri -> uri.path("/api/v1/analytics/summary")
                        .queryParam("from", "2026-11-23T10:00:00Z").queryParam("to", "2026-11-23T10:06:00Z")
                        .queryParam("team", TEAM).build())
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.created").isEqualTo(arrivals.size()));

        CLOCK.set(Instant.parse("2026-11-23T10:06:10Z"));
        monitor.checkNow();
        monitor.checkNow();
        CLOCK.set(Instant.parse("2026-11-23T10:09:10Z"));
        monitor.checkNow();

        assertThat(recordsOnAlerts()).isEqualTo(1);
        ConsumerRecord<String, byte[]> alert = onlyAlert();
        assertThat(alert.key()).isEqualTo(TEAM);
        assertThat(header(alert, "ce_id")).isEqualTo(TEAM + ":surge:2026-11-23T10:04:00Z");
        assertThat(header(alert, "ce_type")).isEqualTo(SurgeDetected.TYPE);
        assertThat(header(alert, "ce_source")).isEqualTo("/switchboard/analytics-service");
        SurgeDetected surge = JsonMapper.builder().build().readValue(alert.value(), SurgeDetected.class);
        assertThat(surge.windowStart()).isEqualTo(WAVE);
        assertThat(surge.inflow()).isEqualTo(8);
        assertThat(registry.get(SurgeMonitor.SURGES).tag("team", TEAM).counter().count()).isEqualTo(1.0);
    }

    /** Sends complete before checkNow returns, so the end offset is every alert ever published. */
    private long recordsOnAlerts() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                broker.getBrokersAsString()))) {
            TopicPartition partition = new TopicPartition(Topic.ANALYTICS_ALERTS.topicName(), 0);
            return admin.listOffsets(Map.of(partition, OffsetSpec.latest())).all().get().get(partition).offset();
        }
    }

    private ConsumerRecord<String, byte[]> onlyAlert() {
        Map<String, Object> properties = KafkaTestUtils.consumerProps(broker, "alerts-reader", false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        try (Consumer<String, byte[]> consumer = new KafkaConsumer<>(properties)) {
            consumer.subscribe(List.of(Topic.ANALYTICS_ALERTS.topicName()));
            return KafkaTestUtils.getSingleRecord(consumer, Topic.ANALYTICS_ALERTS.topicName(), WAIT);
        }
    }

    private Producer<String, byte[]> producer() {
        Map<String, Object> properties = KafkaTestUtils.producerProps(broker);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(properties);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** A clock the test moves forward, standing still in between. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
