package dev.switchboard.routing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketOffered;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.assignment.TicketPhase;
import dev.switchboard.routing.assignment.TicketState;
import dev.switchboard.routing.assignment.persistence.RoutingStateStore;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
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
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The routing slice on a real Kafka broker and the Mongo stand-in: agents through the REST API, tickets as
 * CloudEvents records on {@code tickets.events}, assignments read back from {@code routing.events}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 1, topics = {"tickets.events", "tickets.events.dlq", "agents.events",
        "agents.events.dlq", "routing.events", "sla.events", "sla.events.dlq"},
        brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
@TestPropertySource(properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "switchboard.routing.offers.teams=concierge"})
class RoutingFlowIT {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://" + MONGO_ADDRESS.getHostString() + ":"
                + MONGO_ADDRESS.getPort() + "/switchboard_routing");
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    @Autowired
    private WebTestClient client;

    @Autowired
    private EmbeddedKafkaBroker broker;

    @Autowired
    private RoutingStateStore store;

    @Autowired
    private JsonMapper jsonMapper;

    private KafkaProducer<String, byte[]> producer;
    private KafkaConsumer<String, byte[]> consumer;
    private final List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(KafkaTestUtils.producerProps(broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
        Map<String, Object> props = KafkaTestUtils.consumerProps(broker.getBrokersAsString(), "routing-flow-it");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = List.of(new TopicPartition("routing.events", 0),
                new TopicPartition("tickets.events.dlq", 0));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    @AfterEach
    void disconnect() {
        producer.close();
        consumer.close();
    }

    @Test
    void shouldAssignTicketToAvailableAgentDedupRedeliveryAndDeadLetterPoison() throws Exception {
        // given an agent configured and available through the API
        client.put().uri("/api/v1/agents/ana").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"name":"Ana","team":"billing","tier":1,"skills":{"billing":3},
                         "capacity":{"EMAIL":5,"CHAT":3,"PHONE":1}}""")
                .exchange().expectStatus().isOk();
        client.put().uri("/api/v1/agents/ana/presence").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"status\":\"AVAILABLE\"}")
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> client.get().uri("/api/v1/agents/ana")
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("AVAILABLE"));

        // when a ticket is created
        sendTicketCreated("t-1", ticketJson("t-1"));

        // then it is assigned to her, as a CloudEvent keyed by the ticket
        ConsumerRecord<String, byte[]> assigned = awaitRecord(r -> "routing.events".equals(r.topic())
                && "t-1".equals(r.key()) && TicketAssigned.TYPE.equals(header(r, CloudEventHeaders.TYPE)));
        assertThat(header(assigned, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(assigned, CloudEventHeaders.ID)).isEqualTo("t-1:assigned:1");
        assertThat(header(assigned, CloudEventHeaders.SOURCE)).isEqualTo("/switchboard/routing-service");
        assertThat(header(assigned, CloudEventHeaders.SUBJECT)).isEqualTo("t-1");
        assertThat(header(assigned, CloudEventHeaders.CONTENT_TYPE)).isEqualTo("application/json");
        assertThat(Instant.parse(header(assigned, CloudEventHeaders.TIME))).isBefore(Instant.now().plusSeconds(1));
        TicketAssigned data = jsonMapper.readValue(assigned.value(), TicketAssigned.class);
        assertThat(data.agentId()).isEqualTo("ana");
        assertThat(data.team()).isEqualTo("billing");

        // and the decision is kept in MongoDB, so a restarted engine knows ana holds t-1
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(store.loadTickets())
                .filteredOn(ticket -> ticket.id().equals("t-1")).extracting(TicketState::phase)
                .containsExactly(TicketPhase.ASSIGNED));
        RoutingEngine restarted = new RoutingEngine(Clock.systemUTC());
        restarted.restore(store.loadAgents(), store.loadTickets());
        assertThat(restarted.agent("ana").orElseThrow().assignedTickets()).containsOnlyKeys("t-1");

        // when the same ticket.created is delivered again, then a poison record, then another ticket
        sendTicketCreated("t-1", ticketJson("t-1"));
        sendTicketCreated("t-poison", "{\"ticketId\": \"t-poison\", ".getBytes(StandardCharsets.UTF_8));
        sendTicketCreated("t-2", ticketJson("t-2"));

        // then the poison record is dead-lettered with the reason, consumption goes on, and t-1 was assigned once
        ConsumerRecord<String, byte[]> deadLetter = awaitRecord(r -> "tickets.events.dlq".equals(r.topic()));
        assertThat(deadLetter.key()).isEqualTo("t-poison");
        assertThat(header(deadLetter, "x-exception-message")).contains("t-poison");
        awaitRecord(r -> "routing.events".equals(r.topic()) && "t-2".equals(r.key()));
        assertThat(seen).filteredOn(r -> "routing.events".equals(r.topic()) && "t-1".equals(r.key()))
                .hasSize(1);

        // and the API shows her load and the team's queue, the metrics count the assignments
        client.get().uri("/api/v1/agents?team=billing").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].load.EMAIL").isEqualTo(2)
                .jsonPath("$[0].assignedTicketIds.length()").isEqualTo(2);
        client.get().uri("/api/v1/queues").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$[0].team").isEqualTo("billing")
                .jsonPath("$[0].waiting").isEqualTo(0)
                .jsonPath("$[0].agentsAvailable").isEqualTo(1);
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).contains(
                        "switchboard_routing_assignments_total{application=\"routing-service\""));
    }

    @Test
    void shouldRerouteATicketToATierTwoAgentWhenSlaEscalatesItToTier() throws Exception {
        // given a ticket held by a tier-1 agent, and a tier-2 agent of the team available afterwards
        configureAvailable("junior", "escalations", 1);
        sendTicketCreated("t-esc", ticketJson("t-esc", "escalations"));
        awaitRecord(r -> "t-esc".equals(r.key()) && TicketAssigned.TYPE.equals(header(r, CloudEventHeaders.TYPE)));
        configureAvailable("senior", "escalations", 2);

        // when sla-service escalates it with ROUTE_TO_TIER 2 on sla.events
        ProducerRecord<String, byte[]> escalated = new ProducerRecord<>("sla.events", "t-esc",
                jsonMapper.writeValueAsBytes(new SlaEscalated("t-esc", 2, "FIRST_REPLY breached", SlaMetric.FIRST_REPLY,
                        RoutingEngine.ROUTE_TO_TIER, 2, Instant.now())));
        addHeader(escalated, CloudEventHeaders.SPEC_VERSION, "1.0");
        addHeader(escalated, CloudEventHeaders.ID, "t-esc:FIRST_REPLY:1:escalated:2");
        addHeader(escalated, CloudEventHeaders.SOURCE, "/switchboard/sla-service");
        addHeader(escalated, CloudEventHeaders.TYPE, SlaEscalated.TYPE);
        addHeader(escalated, CloudEventHeaders.TIME, Instant.now().toString());
        addHeader(escalated, CloudEventHeaders.SUBJECT, "t-esc");
        addHeader(escalated, CloudEventHeaders.CONTENT_TYPE, "application/json");
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        addHeader(escalated, "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01");
        producer.send(escalated).get();

        // then the junior agent releases it and the senior one holds it, with the raised tier in the event
        ConsumerRecord<String, byte[]> released = awaitRecord(r -> "t-esc".equals(r.key())
                && TicketUnassigned.TYPE.equals(header(r, CloudEventHeaders.TYPE)));
        assertThat(jsonMapper.readValue(released.value(), TicketUnassigned.class))
                .extracting(TicketUnassigned::agentId, TicketUnassigned::reason)
                .containsExactly("junior", RoutingEngine.ESCALATED_TO_TIER);
        ConsumerRecord<String, byte[]> rerouted = awaitRecord(r -> "t-esc".equals(r.key())
                && "t-esc:assigned:2".equals(header(r, CloudEventHeaders.ID)));
        TicketAssigned assigned = jsonMapper.readValue(rerouted.value(), TicketAssigned.class);
        assertThat(assigned.agentId()).isEqualTo("senior");
        assertThat(assigned.minTier()).isEqualTo(2);
        // the decision's events continue the trace of the record that caused them
        assertThat(header(released, "traceparent")).contains(traceId);
        assertThat(header(rerouted, "traceparent")).contains(traceId);
    }

    @Test
    void shouldOfferATicketInATeamWithOffersAndAssignItWhenTheAgentAccepts() {
        // given an agent of a team that works with offers
        configureAvailable("olga", "concierge", 1);

        // when a ticket of the team arrives, it is offered, not assigned
        sendTicketCreated("t-offer", ticketJson("t-offer", "concierge"));
        ConsumerRecord<String, byte[]> offer = awaitRecord(r -> "t-offer".equals(r.key())
                && TicketOffered.TYPE.equals(header(r, CloudEventHeaders.TYPE)));
        assertThat(header(offer, CloudEventHeaders.ID)).isEqualTo("t-offer:offered:1");
        assertThat(jsonMapper.readValue(offer.value(), TicketOffered.class).agentId()).isEqualTo("olga");

        // then another agent's or another ticket's answer is refused, and olga's acceptance assigns it
        client.post().uri("/api/v1/tickets/t-other/assignment/accept").header("X-Switchboard-Agent-Id", "olga")
                .exchange().expectStatus().isEqualTo(409).expectBody()
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/no-open-offer");
        client.post().uri("/api/v1/tickets/t-offer/assignment/accept").header("X-Switchboard-Agent-Id", "olga")
                .exchange().expectStatus().isAccepted();
        ConsumerRecord<String, byte[]> assigned = awaitRecord(r -> "t-offer".equals(r.key())
                && TicketAssigned.TYPE.equals(header(r, CloudEventHeaders.TYPE)));
        TicketAssigned data = jsonMapper.readValue(assigned.value(), TicketAssigned.class);
        assertThat(data.agentId()).isEqualTo("olga");
        assertThat(data.offered()).isTrue();
        client.get().uri("/actuator/prometheus").exchange().expectStatus().isOk().expectBody(String.class)
                .value(body -> assertThat(body).contains("switchboard_routing_offers_total{application=\"routing-service\",outcome=\"accepted\"}"));
    }

    private void configureAvailable(String agentId, String team, int tier) {
        client.put().uri("/api/v1/agents/" + agentId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"name":"%s","team":"%s","tier":%d,"skills":{"billing":3},"capacity":{"EMAIL":5}}"""
                        .formatted(agentId, team, tier))
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> client.get().uri("/api/v1/agents/" + agentId)
                .exchange().expectStatus().isOk());
        client.put().uri("/api/v1/agents/" + agentId + "/presence").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"status\":\"AVAILABLE\"}")
                .exchange().expectStatus().isOk();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> client.get().uri("/api/v1/agents/" + agentId)
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("AVAILABLE"));
    }

    @Test
    void shouldAnswer404ForPresenceOfAnAgentNeverConfigured() {
        client.put().uri("/api/v1/agents/ghost/presence").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"status\":\"AVAILABLE\"}")
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void sendTicketCreated(String ticketId, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("tickets.events", ticketId, value);
        addHeader(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        addHeader(record, CloudEventHeaders.ID, ticketId + ":created");
        addHeader(record, CloudEventHeaders.SOURCE, "/switchboard/ticket-service");
        addHeader(record, CloudEventHeaders.TYPE, "switchboard.ticket.created.v1");
        addHeader(record, CloudEventHeaders.TIME, Instant.now().toString());
        addHeader(record, CloudEventHeaders.SUBJECT, ticketId);
        addHeader(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        try {
            producer.send(record).get();
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] ticketJson(String ticketId) {
        return ticketJson(ticketId, "billing");
    }

    private static byte[] ticketJson(String ticketId, String team) {
        return """
                {"ticketId":"%s","externalId":"zd-%s","platform":"zendesk","channel":"EMAIL","subject":"Refund",
                 "priority":"HIGH","customer":{"id":"c-%s","name":"Carla","tier":"VIP","language":"en"},
                 "team":"%s","skills":["billing"],"tags":[],"occurredAt":"2026-11-23T08:00:00Z",
                 "createdAt":"2026-11-23T08:00:01Z"}""".formatted(ticketId, ticketId, team, team)
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void addHeader(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private ConsumerRecord<String, byte[]> awaitRecord(Predicate<ConsumerRecord<String, byte[]>> wanted) {
        return await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
            consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            return seen.stream().filter(wanted).findFirst().orElse(null);
        }, Objects::nonNull);
    }
}
