package dev.switchboard.ticket;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.Topic;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.sla.SlaStarted;
import dev.switchboard.events.ticket.TicketCreated;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The service on a real Kafka broker and the Mongo stand-in, driven through its REST API and its topics. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 1, topics = {"tickets.inbound", "tickets.inbound.dlq", "tickets.events",
        "tickets.events.dlq", "routing.events", "routing.events.dlq", "sla.events", "sla.events.dlq"})
@AutoConfigureWebTestClient
class TicketServiceIT {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO_ADDRESS.getPort() + "/switchboard_tickets");
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    @Autowired
    WebTestClient web;
    @Autowired
    JsonMapper json;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    TopicTap ticketEvents;
    KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void open() {
        ticketEvents = new TopicTap(brokers, Topic.TICKETS_EVENTS.topicName());
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        ticketEvents.close();
        producer.close();
    }

    @Test
    void shouldPublishTicketCreatedAsCloudEventWhenTicketIsPosted() {
        String id = create(body("ext-" + UUID.randomUUID()), null);

        var record = ticketEvents.awaitRecord(r -> id.equals(r.key()));

        assertThat(TopicTap.headers(record)).containsEntry(CloudEventHeaders.ID, id + ":created")
                .containsEntry(CloudEventHeaders.TYPE, TicketCreated.TYPE)
                .containsEntry(CloudEventHeaders.SPEC_VERSION, "1.0")
                .containsEntry(CloudEventHeaders.SOURCE, "/switchboard/ticket-service")
                .containsEntry(CloudEventHeaders.SUBJECT, id)
                .containsEntry(CloudEventHeaders.CONTENT_TYPE, "application/json")
                .containsKey(CloudEventHeaders.TIME);
        TicketCreated created = json.readValue(record.value(), TicketCreated.class);
        assertThat(created.ticketId()).isEqualTo(id);
        assertThat(created.subject()).isEqualTo("Refund please");
    }

    @Test
    void shouldAnswerSameTicketWithoutSecondRecordWhenPostIsRetriedWithSameIdempotencyKey() {
        String key = UUID.randomUUID().toString();
        String first = create(body(null), key);
        String second = create(body(null), key);
        // a later ticket's record proves the topic was read past any second record of the first
        String marker = create(body(null), null);
        ticketEvents.awaitRecord(r -> marker.equals(r.key()));

        assertThat(second).isEqualTo(first);
        assertThat(ticketEvents.seen(r -> first.equals(r.key()))).hasSize(1);
    }

    @Test
    void shouldAnswerSameTicketWhenSameExternalIdComesAgainFromSamePlatform() {
        String externalId = "zd-" + UUID.randomUUID();

        String first = create(body(externalId), UUID.randomUUID().toString());
        String second = create(body(externalId), UUID.randomUUID().toString());

        assertThat(second).isEqualTo(first);
    }

    @Test
    void shouldShowTicketOpenWithAssigneeAndRunningSlaWhenRoutingAndSlaEventsArrive() {
        String id = create(body(null), null);
        Instant due = Instant.parse("2026-11-23T09:00:00Z");

        send(Topic.ROUTING_EVENTS, id, TicketAssigned.TYPE,
                new TicketAssigned(id, "agent-7", "billing", 120, "LEAST_OCCUPIED", Instant.now()));
        send(Topic.SLA_EVENTS, id, SlaStarted.TYPE,
                new SlaStarted(id, SlaMetric.FIRST_REPLY, "default", Instant.now(), due));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> web.get().uri("/api/v1/tickets/{id}", id)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.assignee").isEqualTo("agent-7")
                .jsonPath("$.sla[0].metric").isEqualTo("FIRST_REPLY")
                .jsonPath("$.sla[0].state").isEqualTo("RUNNING")
                .jsonPath("$.sla[0].dueAt").isEqualTo("2026-11-23T09:00:00Z"));
    }

    @Test
    void shouldDeadLetterPoisonRecordAndStillApplyTheNextOne() {
        try (TopicTap dlq = new TopicTap(brokers, Topic.TICKETS_EVENTS_DLQ.topicName())) {
            String poisonId = "poison-" + UUID.randomUUID();
            producer.send(record(Topic.TICKETS_EVENTS, poisonId, TicketCreated.TYPE, "{not json".getBytes()));
            String goodId = "good-" + UUID.randomUUID();
            send(Topic.TICKETS_EVENTS, goodId, TicketCreated.TYPE, TestTickets.created(goodId));

            dlq.awaitRecord(r -> poisonId.equals(r.key()));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> web.get().uri("/api/v1/tickets/{id}", goodId)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("NEW"));
        }
    }

    @Test
    void shouldMoveTicketThroughLifecycleAndRefuseForbiddenTransition() {
        String id = create(body(null), null);
        send(Topic.ROUTING_EVENTS, id, TicketAssigned.TYPE,
                new TicketAssigned(id, "agent-1", "billing", 10, "LEAST_OCCUPIED", Instant.now()));
        awaitStatus(id, "OPEN");

        postEvent(id, Map.of("type", "AGENT_REPLY", "body", "On it", "public", true, "agentId", "agent-1"))
                .expectStatus().isAccepted().expectBody().jsonPath("$.id").isNotEmpty();
        postEvent(id, Map.of("type", "STATUS_CHANGED", "status", "SOLVED")).expectStatus().isAccepted();
        awaitStatus(id, "SOLVED");

        postEvent(id, Map.of("type", "STATUS_CHANGED", "status", "PENDING"))
                .expectStatus().isEqualTo(HttpStatus.CONFLICT)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        postEvent(id, Map.of("type", "CUSTOMER_MESSAGE", "body", "Still broken")).expectStatus().isAccepted();

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> web.get().uri("/api/v1/tickets/{id}", id)
                .exchange().expectBody()
                .jsonPath("$.status").isEqualTo("OPEN")
                .jsonPath("$.reopens").isEqualTo(1)
                .jsonPath("$.firstRepliedAt").isNotEmpty());
    }

    @Test
    void shouldMoveTicketToAnotherTeamAndListItByTeamAndCustomer() {
        String customer = "c-" + UUID.randomUUID();
        var body = body(null);
        body.put("customer", Map.of("id", customer));
        String id = create(body, null);
        awaitStatus(id, "NEW");

        postEvent(id, Map.of("type", "TEAM_CHANGED", "team", "tech")).expectStatus().isAccepted();

        ticketEvents.awaitRecord(r -> id.equals(r.key())
                && "switchboard.ticket.team-changed.v1".equals(TopicTap.header(r, CloudEventHeaders.TYPE)));
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> web.get()
                .uri(b -> b.path("/api/v1/tickets").queryParam("customer", customer).queryParam("team", "tech").build())
                .exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].id").isEqualTo(id)
                .jsonPath("$.items[0].team").isEqualTo("tech"));
    }

    @Test
    void shouldAnswer404ForEventOnUnknownTicket() {
        postEvent("no-such-ticket", Map.of("type", "CUSTOMER_MESSAGE", "body", "hello"))
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldCreateTicketFromInboundRecordAndDeadLetterInvalidOneWithReason() {
        try (TopicTap dlq = new TopicTap(brokers, Topic.TICKETS_INBOUND_DLQ.topicName())) {
            String badKey = "bad-" + UUID.randomUUID();
            producer.send(new ProducerRecord<>(Topic.TICKETS_INBOUND.topicName(), badKey,
                    "{\"channel\":\"FAX\",\"subject\":\"x\",\"priority\":\"LOW\",\"customer\":{\"id\":\"c\"}}"
                            .getBytes(StandardCharsets.UTF_8)));
            String externalId = "kafka-" + UUID.randomUUID();
            producer.send(new ProducerRecord<>(Topic.TICKETS_INBOUND.topicName(), externalId,
                    json.writeValueAsBytes(body(externalId))));

            var rejected = dlq.awaitRecord(r -> badKey.equals(r.key()));
            assertThat(TopicTap.header(rejected, CloudEventHeaders.DLQ_REASON)).contains("channel");
            ticketEvents.awaitRecord(r -> new String(r.value(), StandardCharsets.UTF_8).contains(externalId));
        }
    }

    @Test
    void shouldAnswerOneResultPerBatchItemInOrder() {
        web.post().uri("/api/v1/tickets/batch")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new Object[]{body(null), Map.of("channel", "EMAIL"), body(null)})
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(3)
                .jsonPath("$[0].status").isEqualTo(201)
                .jsonPath("$[0].id").isNotEmpty()
                .jsonPath("$[1].status").isEqualTo(400)
                .jsonPath("$[1].problem.errors").isNotEmpty()
                .jsonPath("$[2].index").isEqualTo(2);
    }

    @Test
    void shouldAcceptAFullBatchOfAThousandTicketsWithDescriptions() {
        // about 400 KB: more than WebFlux's default 256 KiB buffer, which answered 413 before the limit was raised
        List<Map<String, Object>> items = java.util.stream.IntStream.range(0, 1_000).mapToObj(i -> {
            Map<String, Object> item = body("full-batch-" + i);
            item.put("description", "A customer was charged twice for the last invoice and asks for a refund. "
                    + "Simulated text long enough to make a realistic batch body of a contact-center platform.");
            return item;
        }).toList();

        // a thousand durable sends and view writes: over WebTestClient's 5 s default on a loaded 2-core machine
        web.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build()
                .post().uri("/api/v1/tickets/batch")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(items)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.length()").isEqualTo(1_000)
                .jsonPath("$[?(@.status != 201)]").isEmpty();
    }

    @Test
    void shouldCarryTheCallersTraceOntoTheTicketCreatedRecord() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String id = web.post().uri("/api/v1/tickets")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Switchboard-Role", "PLATFORM")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .bodyValue(body(null))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();

        var record = ticketEvents.awaitRecord(r -> (id + ":created").equals(TopicTap.header(r, CloudEventHeaders.ID)));

        assertThat(TopicTap.header(record, "traceparent")).contains(traceId);
    }

    @Test
    void shouldDescribeItsApiForTheGatewaysMergedDocument() {
        web.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/tickets'].post").exists()
                .jsonPath("$.paths['/api/v1/tickets/{id}/events'].post").exists();
    }

    @Test
    void shouldReportReadyWithMongoPingIndicator() {
        web.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
    }

    private void awaitStatus(String id, String status) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> web.get().uri("/api/v1/tickets/{id}", id)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo(status));
    }

    private WebTestClient.ResponseSpec postEvent(String id, Map<String, Object> event) {
        return web.post().uri("/api/v1/tickets/{id}/events", id)
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Switchboard-Role", "PLATFORM")
                .bodyValue(event)
                .exchange();
    }

    private String create(Map<String, Object> body, String idempotencyKey) {
        return web.post().uri("/api/v1/tickets")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-Switchboard-Role", "PLATFORM")
                .header("X-Switchboard-Platform", "zendesk")
                .headers(h -> {
                    if (idempotencyKey != null) {
                        h.add("Idempotency-Key", idempotencyKey);
                    }
                })
                .bodyValue(body)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().value("Location", location -> assertThat(location).startsWith("/api/v1/tickets/"))
                .expectBody(Map.class)
                .returnResult().getResponseBody()
                .get("id").toString();
    }

    private static Map<String, Object> body(String externalId) {
        var body = new java.util.HashMap<String, Object>(Map.of("channel", "EMAIL", "subject", "Refund please",
                "priority", "HIGH", "customer", Map.of("id", "c-1", "tier", "VIP"), "team", "billing"));
        if (externalId != null) {
            body.put("externalId", externalId);
        }
        return body;
    }

    private void send(Topic topic, String key, String type, Record event) {
        producer.send(record(topic, key, type, json.writeValueAsBytes(event)));
    }

    private static ProducerRecord<String, byte[]> record(Topic topic, String key, String type, byte[] value) {
        var record = new ProducerRecord<>(topic.topicName(), key, value);
        record.headers().add(CloudEventHeaders.ID, UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, type.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.SPEC_VERSION, "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TIME, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
