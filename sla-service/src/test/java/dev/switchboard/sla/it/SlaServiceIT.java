package dev.switchboard.sla.it;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.sla.SlaAchieved;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.sla.SlaStarted;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketTeamChanged;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.switchboard.sla.it.TicketEventRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The service on a real (embedded, KRaft) broker and the Mongo stand-in, driven through its topics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, topics = {"tickets.events", "tickets.events.dlq", "sla.events"})
class SlaServiceIT {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":"
                + MONGO_ADDRESS.getPort() + "/switchboard_sla");
        registry.add("spring.kafka.bootstrap-servers", () -> "${spring.embedded.kafka.brokers}");
        registry.add("spring.cloud.stream.kafka.binder.brokers", () -> "${spring.embedded.kafka.brokers}");
        registry.add("server.port", () -> "0");
        // a retried poison record would reach the DLQ only after 10 + 10 s: the DLQ test sees whether it was
        registry.add("spring.cloud.stream.bindings.ticketEvents-in-0.consumer.back-off-initial-interval",
                () -> "10000");
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Autowired
    private JsonMapper json;

    @Autowired
    private WebTestClient web;

    private KafkaProducer<String, byte[]> producer;
    private KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker, "it-" + UUID.randomUUID(), false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of("sla.events", "tickets.events.dlq"));
    }

    @AfterEach
    void disconnect() {
        producer.close();
        consumer.close();
    }

    @Test
    void shouldPublishStartedClocksWithCloudEventHeadersWhenATicketIsCreated() throws Exception {
        String ticketId = "t-" + UUID.randomUUID();
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        producer.send(TicketEventRecords.record(ticketId, ticketId + ":created", TicketCreated.TYPE,
                TicketEventRecords.created(ticketId, "URGENT", createdAt))).get();

        List<ConsumerRecord<String, byte[]>> started = awaitSla(ticketId, 2);
        assertThat(started).extracting(r -> header(r.headers(), CloudEventHeaders.ID))
                .containsExactly(ticketId + ":FIRST_REPLY:0:started", ticketId + ":RESOLUTION:0:started");
        ConsumerRecord<String, byte[]> firstReply = started.getFirst();
        assertThat(firstReply.key()).isEqualTo(ticketId);
        assertThat(header(firstReply.headers(), CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(firstReply.headers(), CloudEventHeaders.TYPE)).isEqualTo(SlaStarted.TYPE);
        assertThat(header(firstReply.headers(), CloudEventHeaders.SOURCE)).isEqualTo("/switchboard/sla-service");
        assertThat(header(firstReply.headers(), CloudEventHeaders.SUBJECT)).isEqualTo(ticketId);
        assertThat(header(firstReply.headers(), CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(Instant.parse(header(firstReply.headers(), CloudEventHeaders.TIME))).isEqualTo(createdAt);
        assertThat(json.readValue(firstReply.value(), SlaStarted.class)).isEqualTo(new SlaStarted(ticketId,
                SlaMetric.FIRST_REPLY, "urgent", createdAt, createdAt.plus(Duration.ofHours(1))));
        assertThat(json.readValue(started.get(1).value(), SlaStarted.class).dueAt())
                .isEqualTo(createdAt.plus(Duration.ofDays(1)));
    }

    @Test
    void shouldIgnoreADuplicateAndAchieveFirstReplyOnAPublicReply() throws Exception {
        String ticketId = "t-" + UUID.randomUUID();
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var created = TicketEventRecords.record(ticketId, ticketId + ":created", TicketCreated.TYPE,
                TicketEventRecords.created(ticketId, "NORMAL", createdAt));
        producer.send(created).get();
        awaitSla(ticketId, 2);

        producer.send(created).get();
        producer.send(TicketEventRecords.record(ticketId, "note-1", TicketReplied.TYPE,
                TicketEventRecords.replied(ticketId, false, createdAt.plusSeconds(30)))).get();
        producer.send(TicketEventRecords.record(ticketId, "reply-1", TicketReplied.TYPE,
                TicketEventRecords.replied(ticketId, true, createdAt.plusSeconds(60)))).get();

        // same key, same partition: whatever the duplicate or the note raised would come before the achievement
        List<ConsumerRecord<String, byte[]>> all = awaitSla(ticketId, 4);
        ConsumerRecord<String, byte[]> third = all.get(2);
        assertThat(header(third.headers(), CloudEventHeaders.ID)).isEqualTo(ticketId + ":FIRST_REPLY:0:achieved");
        assertThat(json.readValue(third.value(), SlaAchieved.class)).isEqualTo(new SlaAchieved(ticketId,
                SlaMetric.FIRST_REPLY, createdAt.plus(Duration.ofHours(8)), createdAt.plusSeconds(60)));
        // the public reply also starts the first cycle of periodic updates (the note did not)
        assertThat(header(all.get(3).headers(), CloudEventHeaders.ID))
                .isEqualTo(ticketId + ":PERIODIC_UPDATE:0:started");
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2))
                .until(() -> slaRecords(ticketId).size() == 4);
    }

    @Test
    void shouldSendAPoisonRecordToTheDlqAndGoOn() throws Exception {
        String poisoned = "t-" + UUID.randomUUID();
        String healthy = "t-" + UUID.randomUUID();

        producer.send(TicketEventRecords.record(poisoned, poisoned + ":created", TicketCreated.TYPE,
                "{not json")).get();
        producer.send(TicketEventRecords.record(healthy, healthy + ":created", TicketCreated.TYPE,
                TicketEventRecords.created(healthy, "LOW", Instant.now()))).get();

        // not retried: well before the first back-off of 10 s would be over
        await().atMost(Duration.ofSeconds(8)).until(() -> {
            poll();
            return received.stream().anyMatch(r -> r.topic().equals("tickets.events.dlq")
                    && poisoned.equals(r.key()));
        });
        ConsumerRecord<String, byte[]> dead = received.stream()
                .filter(r -> r.topic().equals("tickets.events.dlq")).findFirst().orElseThrow();
        assertThat(header(dead.headers(), CloudEventHeaders.ID)).isEqualTo(poisoned + ":created");
        assertThat(header(dead.headers(), "x-exception-message")).isNotBlank();
        awaitSla(healthy, 2);
        assertThat(slaRecords(poisoned)).isEmpty();
    }

    @Test
    void shouldBeReadyAndExposeTheSlaMetrics() {
        web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        web.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(body -> assertThat(body)
                        .contains("switchboard_sla_clocks_open{application=\"sla-service\""));
    }

    @Test
    void shouldServeTheDefaultPolicies() {
        // by name: another test of this class stores a policy of its own
        web.get().uri("/api/v1/sla/policies").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.name == 'urgent')].order").isEqualTo(10)
                .jsonPath("$[?(@.name == 'urgent')].targets.FIRST_REPLY").isEqualTo("PT1H")
                .jsonPath("$[?(@.name == 'urgent')].calendar").isEqualTo("24x7")
                .jsonPath("$[?(@.name == 'default')].order").isEqualTo(100);
    }

    @Test
    void shouldRetargetRunningClocksOnAPriorityChange() throws Exception {
        String ticketId = "t-" + UUID.randomUUID();
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        producer.send(TicketEventRecords.record(ticketId, ticketId + ":created", TicketCreated.TYPE,
                TicketEventRecords.created(ticketId, "NORMAL", createdAt))).get();

        producer.send(TicketEventRecords.record(ticketId, "priority-1", TicketPriorityChanged.TYPE, """
                {"ticketId":"%s","from":"NORMAL","to":"URGENT","occurredAt":"%s"}
                """.formatted(ticketId, createdAt.plusSeconds(60)))).get();

        List<ConsumerRecord<String, byte[]>> all = awaitSla(ticketId, 4);
        assertThat(all).extracting(r -> header(r.headers(), CloudEventHeaders.ID)).containsExactly(
                ticketId + ":FIRST_REPLY:0:started", ticketId + ":RESOLUTION:0:started",
                ticketId + ":FIRST_REPLY:0:retargeted:1", ticketId + ":RESOLUTION:0:retargeted:1");
        assertThat(json.readValue(all.get(2).value(), SlaStarted.class)).isEqualTo(new SlaStarted(ticketId,
                SlaMetric.FIRST_REPLY, "urgent", createdAt, createdAt.plus(Duration.ofHours(1))));
    }

    @Test
    void shouldRematchOnATeamChangeCancellingWhatTheNewPolicyDoesNotTarget() throws Exception {
        web.put().uri("/api/v1/sla/policies/it-vip-team").contentType(MediaType.APPLICATION_JSON).bodyValue("""
                        {"order":5, "match":{"team":["it-vip"]},
                         "targets":{"FIRST_REPLY":"PT30M", "AGENT_WORK_TIME":"PT2H"}}
                        """)
                .exchange().expectStatus().isOk();
        String ticketId = "t-" + UUID.randomUUID();
        Instant createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant movedAt = createdAt.plusSeconds(60);
        producer.send(TicketEventRecords.record(ticketId, ticketId + ":created", TicketCreated.TYPE,
                TicketEventRecords.created(ticketId, "NORMAL", createdAt))).get();

        producer.send(TicketEventRecords.record(ticketId, "team-1", TicketTeamChanged.TYPE, """
                {"ticketId":"%s","from":"billing","to":"it-vip","occurredAt":"%s"}
                """.formatted(ticketId, movedAt))).get();

        List<ConsumerRecord<String, byte[]>> changed = awaitSla(ticketId, 5).subList(2, 5);
        assertThat(changed).extracting(r -> header(r.headers(), CloudEventHeaders.ID)).containsExactly(
                ticketId + ":FIRST_REPLY:0:retargeted:1", ticketId + ":RESOLUTION:0:cancelled",
                ticketId + ":AGENT_WORK_TIME:0:started");
        assertThat(json.readValue(changed.getFirst().value(), SlaStarted.class).dueAt())
                .isEqualTo(createdAt.plus(Duration.ofMinutes(30)));
        assertThat(header(changed.get(1).headers(), CloudEventHeaders.TYPE))
                .isEqualTo("switchboard.sla.cancelled.v1");
        assertThat(json.readTree(changed.get(1).value()).path("policy").asString()).isEqualTo("it-vip-team");
        assertThat(json.readValue(changed.get(2).value(), SlaStarted.class)).isEqualTo(new SlaStarted(ticketId,
                SlaMetric.AGENT_WORK_TIME, "it-vip-team", movedAt, movedAt.plus(Duration.ofHours(2))));
    }

    private List<ConsumerRecord<String, byte[]>> awaitSla(String ticketId, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            poll();
            return slaRecords(ticketId).size() >= count;
        });
        return slaRecords(ticketId);
    }

    private List<ConsumerRecord<String, byte[]>> slaRecords(String ticketId) {
        poll();
        return received.stream().filter(r -> r.topic().equals("sla.events") && ticketId.equals(r.key())).toList();
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(100)).forEach(received::add);
    }
}
