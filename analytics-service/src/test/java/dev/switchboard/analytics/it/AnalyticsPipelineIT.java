package dev.switchboard.analytics.it;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.events.Topic;
import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.routing.TicketQueued;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketRated;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import static dev.switchboard.analytics.CloudEventRecords.record;
import static dev.switchboard.analytics.fact.TicketEvents.assigned;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.publicReply;
import static dev.switchboard.analytics.fact.TicketEvents.solved;
import static dev.switchboard.analytics.fact.TicketEvents.warned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The consumers on a real (embedded, KRaft) Kafka broker and the Mongo stand-in, read back through the summary
 * endpoint. Each test uses its own team, so that the shared broker and database do not mix their figures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.default.consumer.back-off-initial-interval=50",
        "switchboard.analytics.backlog-refresh-interval=PT1S"})
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, topics = {"tickets.events", "tickets.events.dlq", "routing.events",
        "routing.events.dlq", "sla.events", "sla.events.dlq", "agents.events", "agents.events.dlq"})
class AnalyticsPipelineIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static MongoServer mongo;

    /** Recent, so that it lies in any window the test asks about, whatever the service's clock says. */
    private final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(30));

    @Autowired
    WebTestClient client;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    @Qualifier("ticketFacts")
    MongoCollection<Document> facts;

    private Producer<String, byte[]> producer;

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

    @BeforeEach
    void openProducer() {
        Map<String, Object> properties = KafkaTestUtils.producerProps(broker);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer = new KafkaProducer<>(properties);
    }

    @AfterEach
    void closeProducer() {
        producer.close();
    }

    @Test
    void shouldCountATicketsLifeOnceEvenWhenItsRecordsAreDeliveredTwice() throws Exception {
        String team = "team-replay";
        String ticketId = "t-replay";
        List<ProducerRecord<String, byte[]>> life = List.of(
                record(ticketId + ":created", ticketId, created(ticketId, t0, team, Priority.HIGH)),
                record("r-" + ticketId, ticketId, assigned(ticketId, "agent-1", 4_000, t0.plusSeconds(5))),
                record("reply-" + ticketId, ticketId, publicReply(ticketId, "agent-1", t0.plusSeconds(90))),
                record("solved-" + ticketId, ticketId, solved(ticketId, t0.plusSeconds(600))));

        sendAll(life);

        await().atMost(WAIT).untilAsserted(() -> summaryOf(team)
                .jsonPath("$.created").isEqualTo(1)
                .jsonPath("$.solved").isEqualTo(1)
                .jsonPath("$.firstReplyTime.p50").isEqualTo(90.0)
                .jsonPath("$.queueWait.p50").isEqualTo(4.0));

        sendAll(life);
        // markers after the repeats on each partition: once they are stored, the repeats were read before them
        sendAll(List.of(
                record("marker-tickets", ticketId, new TicketRated(ticketId, 5, 10, null, t0.plusSeconds(700))),
                record("marker-routing", ticketId, new TicketQueued(ticketId, team, Priority.HIGH, t0))));
        await().atMost(WAIT).until(() -> appliedEventIds(ticketId).containsAll(List.of("marker-tickets",
                "marker-routing")));

        assertThat(appliedEventIds(ticketId)).hasSize(life.size() + 2).doesNotHaveDuplicates();
        summaryOf(team)
                .jsonPath("$.created").isEqualTo(1)
                .jsonPath("$.solved").isEqualTo(1)
                .jsonPath("$.backlog").isEqualTo(0)
                .jsonPath("$.firstReplyTime.p50").isEqualTo(90.0)
                .jsonPath("$.resolutionTime.p50").isEqualTo(600.0)
                .jsonPath("$.ratings").isEqualTo(1)
                .jsonPath("$.csat").isEqualTo(1.0);
        assertThat(prometheus())
                .contains("switchboard_analytics_tickets_received_total{application=\"analytics-service\","
                        + "priority=\"HIGH\",team=\"team-replay\"} 1.0")
                .contains("switchboard_analytics_tickets_solved_total{application=\"analytics-service\","
                        + "priority=\"HIGH\",team=\"team-replay\"} 1.0")
                .contains("switchboard_analytics_first_reply_time_seconds_bucket{application=\"analytics-service\","
                        + "priority=\"HIGH\",team=\"team-replay\",le=\"300.0\"} 1");
    }

    private String prometheus() {
        return client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    @Test
    void shouldSendAnUnreadableRecordToTheDlqAndGoOn() throws Exception {
        String team = "team-poison";
        sendAll(List.of(
                record(Topic.TICKETS_EVENTS.topicName(), "poison-1", "t-poison", TicketCreated.TYPE,
                        "{\"ticketId\": \"t-poison\", ".getBytes(StandardCharsets.UTF_8)),
                record("t-after-poison:created", "t-after-poison", created("t-after-poison", t0, team,
                        Priority.LOW))));

        try (Consumer<String, byte[]> dlq = dlqConsumer()) {
            dlq.subscribe(List.of(Topic.TICKETS_EVENTS_DLQ.topicName()));
            ConsumerRecord<String, byte[]> dead = KafkaTestUtils.getSingleRecord(dlq,
                    Topic.TICKETS_EVENTS_DLQ.topicName(), WAIT);

            assertThat(dead.key()).isEqualTo("t-poison");
            assertThat(header(dead, "ce_id")).isEqualTo("poison-1");
            assertThat(header(dead, "x-original-topic")).isEqualTo(Topic.TICKETS_EVENTS.topicName());
            assertThat(header(dead, "x-exception-stacktrace")).contains("UnreadableEventException");
        }
        await().atMost(WAIT).untilAsserted(() -> summaryOf(team).jsonPath("$.created").isEqualTo(1));
    }

    @Test
    void shouldSkipTypesItDoesNotKnowOnEveryConsumedTopicWithoutDeadLetteringThem() throws Exception {
        String ticketId = "t-after-unknown";
        byte[] notJson = "not json at all".getBytes(StandardCharsets.UTF_8);
        byte[] offer = ("{\"ticketId\":\"" + ticketId + "\",\"agentId\":\"agent-1\",\"team\":\"t\","
                + "\"offeredAt\":\"" + t0 + "\",\"expiresAt\":\"" + t0.plusSeconds(30) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        sendAll(List.of(
                // routing-service's offers: an offered ticket is not assigned yet
                record(Topic.ROUTING_EVENTS.topicName(), "unknown-offered", ticketId,
                        "switchboard.routing.offered.v1", offer),
                record(Topic.ROUTING_EVENTS.topicName(), "unknown-routing", ticketId,
                        "switchboard.routing.not-invented-yet.v1", notJson),
                record(Topic.TICKETS_EVENTS.topicName(), "unknown-tickets", ticketId,
                        "switchboard.ticket.not-invented-yet.v1", notJson),
                record(Topic.SLA_EVENTS.topicName(), "unknown-sla", ticketId, "switchboard.sla.not-invented-yet.v1",
                        notJson),
                record(Topic.AGENTS_EVENTS.topicName(), "unknown-agents", "a-unknown",
                        "switchboard.agent.not-invented-yet.v1", notJson)));
        // markers after them on each (single-partition) topic: once they are applied, the unknown records were read
        sendAll(List.of(
                record("marker-created", ticketId, created(ticketId, t0, "team-unknown", Priority.LOW)),
                record("marker-queued", ticketId, new TicketQueued(ticketId, "team-unknown", Priority.LOW, t0)),
                record("marker-warning", ticketId, warned(ticketId, SlaMetric.FIRST_REPLY, t0.plusSeconds(600),
                        t0.plusSeconds(400))),
                record("a-unknown:updated", "a-unknown", new AgentUpdated("a-unknown", "U", "team-unknown-marker", 1,
                        Map.of(), Map.of(), t0))));

        await().atMost(WAIT).until(() -> appliedEventIds(ticketId).containsAll(List.of("marker-created",
                "marker-queued", "marker-warning")));
        await().atMost(WAIT).untilAsserted(() -> assertThat(prometheus()).contains("switchboard_analytics_agents_"
                + "available{application=\"analytics-service\",team=\"team-unknown-marker\"} 0.0"));
        assertThat(appliedEventIds(ticketId)).containsExactlyInAnyOrder("marker-created", "marker-queued",
                "marker-warning");
        summaryOf("team-unknown").jsonPath("$.handled").isEqualTo(0).jsonPath("$.backlog").isEqualTo(1);
        assertThat(deadLetteredIds()).noneMatch(id -> id.startsWith("unknown-"));
    }

    /** The {@code ce_id}s of every record in the four DLQs, read up to their current end. */
    private List<String> deadLetteredIds() {
        List<String> ids = new ArrayList<>();
        try (Consumer<String, byte[]> dlq = dlqConsumer()) {
            List<TopicPartition> partitions = Stream.of(
                            Topic.TICKETS_EVENTS_DLQ, Topic.ROUTING_EVENTS_DLQ, Topic.SLA_EVENTS_DLQ,
                            Topic.AGENTS_EVENTS_DLQ)
                    .map(topic -> new TopicPartition(topic.topicName(), 0)).toList();
            dlq.assign(partitions);
            dlq.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = dlq.endOffsets(partitions);
            await().atMost(WAIT).until(() -> {
                dlq.poll(Duration.ofMillis(200)).forEach(dead -> ids.add(header(dead, "ce_id")));
                return partitions.stream().allMatch(partition -> dlq.position(partition) >= ends.get(partition));
            });
        }
        return ids;
    }

    @Test
    void shouldGaugeAgentsAvailablePerTeamFromAgentsEventsAndIgnoreRepeats() throws Exception {
        String team = "team-presence";
        List<ProducerRecord<String, byte[]>> roster = List.of(
                record("a-p1:updated", "a-p1", new AgentUpdated("a-p1", "Ada", team, 1, Map.of(), Map.of(), t0)),
                record("a-p2:updated", "a-p2", new AgentUpdated("a-p2", "Bo", team, 1, Map.of(), Map.of(), t0)),
                record("a-p1:presence:1", "a-p1", new AgentPresenceChanged("a-p1", AgentStatus.AVAILABLE, null,
                        t0.plusSeconds(1))),
                record("a-p2:presence:1", "a-p2", new AgentPresenceChanged("a-p2", AgentStatus.AVAILABLE, null,
                        t0.plusSeconds(1))),
                record("a-p2:presence:2", "a-p2", new AgentPresenceChanged("a-p2", AgentStatus.AWAY,
                        AgentStatus.AVAILABLE, t0.plusSeconds(2))));
        sendAll(roster);
        sendAll(roster.subList(3, 4)); // the older AVAILABLE of a-p2 again: it must not undo the AWAY
        // a marker after the repeat on the same (single) partition: once it is counted, the repeat was read
        sendAll(List.of(record("a-m:updated", "a-m", new AgentUpdated("a-m", "M", "team-marker", 1, Map.of(),
                Map.of(), t0))));

        await().atMost(WAIT).untilAsserted(() -> assertThat(prometheus()).contains(
                "switchboard_analytics_agents_available{application=\"analytics-service\",team=\"team-marker\"} 0.0"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(prometheus()).contains(
                "switchboard_analytics_agents_available{application=\"analytics-service\",team=\"" + team
                        + "\"} 1.0"));
    }

    @Test
    void shouldReportReadyWhenMongoAnswersPing() {
        client.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    private WebTestClient.BodyContentSpec summaryOf(String team) {
        return client.get()
                .uri(uri -> uri.path("/api/v1/analytics/summary")
                        .queryParam("from", t0.minus(Duration.ofHours(1)))
                        .queryParam("to", t0.plus(Duration.ofHours(2)))
                        .queryParam("team", team)
                        .build())
                .exchange()
                .expectStatus().isOk()
                .expectBody();
    }

    private void sendAll(List<ProducerRecord<String, byte[]>> records)
            throws ExecutionException, InterruptedException {
        for (ProducerRecord<String, byte[]> record : records) {
            producer.send(record).get();
        }
    }

    private List<String> appliedEventIds(String ticketId) {
        return Mono.from(facts.find(Filters.eq("_id", ticketId)).first())
                .map(document -> document.getList("appliedEventIds", String.class))
                .blockOptional(Duration.ofSeconds(5))
                .orElse(List.of());
    }

    private Consumer<String, byte[]> dlqConsumer() {
        Map<String, Object> properties = KafkaTestUtils.consumerProps(broker, "dlq-reader", false);
        properties.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(properties);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
