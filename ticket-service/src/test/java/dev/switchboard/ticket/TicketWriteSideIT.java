package dev.switchboard.ticket;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.Topic;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.ticket.CustomerMessageReceived;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.ticket.intake.CreateTicketCommand;
import dev.switchboard.ticket.intake.application.IntakeSource;
import dev.switchboard.ticket.intake.application.ReservationStore;
import dev.switchboard.ticket.intake.application.TicketIntakeService;
import dev.switchboard.ticket.kafka.CloudEventPublisher;
import dev.switchboard.ticket.kafka.EventJson;
import dev.switchboard.ticket.kafka.EventNotPublishedException;
import dev.switchboard.ticket.kafka.OutgoingEvent;
import dev.switchboard.ticket.lifecycle.TicketEventDraft;
import dev.switchboard.ticket.lifecycle.application.PendingEventPublisher;
import dev.switchboard.ticket.lifecycle.application.PendingEventRelay;
import dev.switchboard.ticket.lifecycle.application.TicketEventService;
import dev.switchboard.ticket.lifecycle.application.TicketWriteStore;
import dev.switchboard.ticket.view.application.TicketViewRepository;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The write side on a real Kafka broker and the Mongo stand-in: concurrent and repeated requests, and a process that
 * dies between the Mongo write and Kafka's acknowledgement. The relay runs only when a test calls it (grace 0).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "switchboard.ticket.relay.interval=1h",
        "switchboard.ticket.relay.grace=0s"})
@EmbeddedKafka(partitions = 1, topics = {"tickets.inbound", "tickets.inbound.dlq", "tickets.events",
        "tickets.events.dlq", "routing.events", "routing.events.dlq", "sla.events", "sla.events.dlq"})
class TicketWriteSideIT {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final int RACERS = 8;

    @DynamicPropertySource
    static void mongo(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + MONGO_ADDRESS.getPort() + "/switchboard_tickets");
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    @LocalServerPort
    int port;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;
    @Autowired
    JsonMapper json;
    @Autowired
    EventJson eventJson;
    @Autowired
    TicketWriteStore tickets;
    @Autowired
    PendingEventRelay relay;
    @Autowired
    ReservationStore reservations;
    @Autowired
    TicketViewRepository views;

    WebClient http;
    TopicTap ticketEvents;
    KafkaProducer<String, byte[]> producer;

    @BeforeEach
    void open() {
        http = WebClient.create("http://127.0.0.1:" + port);
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
    void shouldRecordEveryOneOfConcurrentMessagesOnOneTicket() {
        String id = openTicket();
        long before = version(id);

        List<ResponseEntity<Map>> answers = Flux.range(0, RACERS)
                .flatMap(i -> postEvent(id, Map.of("type", "CUSTOMER_MESSAGE", "body", "message " + i), null), RACERS)
                .collectList().block();

        assertThat(answers).allMatch(a -> a.getStatusCode().value() == 202);
        List<String> eventIds = answers.stream().map(a -> a.getBody().get("id").toString()).toList();
        assertThat(eventIds).doesNotHaveDuplicates();
        for (String eventId : eventIds) {
            ticketEvents.awaitRecord(r -> eventId.equals(TopicTap.header(r, CloudEventHeaders.ID)));
        }
        assertThat(version(id)).isEqualTo(before + RACERS);
    }

    @Test
    void shouldAcceptOnlyOneOfConcurrentSolvesAndAnswerTheOthers409() {
        String id = openTicket();

        List<Integer> statuses = Flux.range(0, RACERS)
                .flatMap(i -> postEvent(id, Map.of("type", "STATUS_CHANGED", "status", "SOLVED"), null), RACERS)
                .map(a -> a.getStatusCode().value())
                .collectList().block();

        assertThat(statuses).containsOnlyOnce(202).containsOnly(202, 409);
    }

    @Test
    void shouldAnswerConcurrentRetriesOfOneEventWithOneEventId() {
        String id = openTicket();
        String key = UUID.randomUUID().toString();

        List<ResponseEntity<Map>> answers = Flux.range(0, RACERS)
                .flatMap(i -> postEvent(id, Map.of("type", "STATUS_CHANGED", "status", "SOLVED"), key), RACERS)
                .collectList().block();

        assertThat(answers).allMatch(a -> a.getStatusCode().value() == 202);
        String eventId = answers.getFirst().getBody().get("id").toString();
        assertThat(answers).allMatch(a -> eventId.equals(a.getBody().get("id")));
        assertThat(answers).filteredOn(a -> "false".equals(a.getHeaders().getFirst("Idempotent-Replayed"))).hasSize(1);
        assertOneRecordOf(id, eventId);
    }

    @Test
    void shouldCreateOneTicketForConcurrentDuplicatesOfACreate() {
        String key = UUID.randomUUID().toString();

        List<ResponseEntity<Map>> answers = Flux.range(0, RACERS)
                .flatMap(i -> http.post().uri("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON)
                        .header("X-Switchboard-Platform", "zendesk").header("Idempotency-Key", key)
                        .bodyValue(body()).retrieve().toEntity(Map.class), RACERS)
                .collectList().block();

        assertThat(answers).allMatch(a -> a.getStatusCode().value() == 201);
        String id = answers.getFirst().getBody().get("id").toString();
        assertThat(answers).allMatch(a -> id.equals(a.getBody().get("id")));
        assertOneRecordOf(id, id + ":created");
    }

    @Test
    void shouldNeitherLoseNorDoubleAnEventWhenProcessDiesBetweenMongoAndKafkaAndClientRetries() {
        String id = openTicket();
        String key = UUID.randomUUID().toString();
        TicketEventService dying = new TicketEventService(Clock.systemUTC(), tickets,
                new PendingEventPublisher(deadBroker(), tickets), eventJson, new SimpleMeterRegistry(), TestTickets.OCCURRED_AT_RULE);

        assertThatThrownBy(() -> dying.accept(id, solve(), null, "platform:zendesk:" + key).block())
                .isInstanceOf(EventNotPublishedException.class);
        String decided = tickets.load(id).block().pending().getFirst().id();

        // the restarted service gets the client's retry: same key, same answer, and now the event is in Kafka
        ResponseEntity<Map> retry = postEvent(id, Map.of("type", "STATUS_CHANGED", "status", "SOLVED"), key).block();

        assertThat(retry.getStatusCode().value()).isEqualTo(202);
        assertThat(retry.getBody().get("id")).isEqualTo(decided);
        assertThat(retry.getHeaders().getFirst("Idempotent-Replayed")).isEqualTo("true");
        assertOneRecordOf(id, decided);
        assertThat(tickets.load(id).block().hasPending()).isFalse();
    }

    @Test
    void shouldRelayTheEventOfADeadRequestThatNobodyRetries() {
        String id = openTicket();
        TicketEventService dying = new TicketEventService(Clock.systemUTC(), tickets,
                new PendingEventPublisher(deadBroker(), tickets), eventJson, new SimpleMeterRegistry(), TestTickets.OCCURRED_AT_RULE);
        dying.accept(id, solve(), null, null).onErrorComplete().block();
        String decided = tickets.load(id).block().pending().getFirst().id();

        assertThat(relay.relayDue().block()).isEqualTo(1);

        assertOneRecordOf(id, decided);
        assertThat(relay.relayDue().block()).isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> views.findById(id).block().status().name(),
                "SOLVED"::equals);
    }

    @Test
    void shouldCreateOneTicketWhenProcessDiesBetweenReservationAndKafkaAndClientRetries() {
        String key = UUID.randomUUID().toString();
        TicketIntakeService dying = new TicketIntakeService(Clock.systemUTC(), reservations, deadBroker(), views,
                eventJson, new SimpleMeterRegistry(), TestTickets.OCCURRED_AT_RULE);
        CreateTicketCommand command = json.convertValue(body(), CreateTicketCommand.class);
        assertThatThrownBy(() -> dying.create(command, "zendesk", key, IntakeSource.REST).block())
                .isInstanceOf(EventNotPublishedException.class);

        ResponseEntity<Map> retry = http.post().uri("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON)
                .header("X-Switchboard-Platform", "zendesk").header("Idempotency-Key", key)
                .bodyValue(body()).retrieve().toEntity(Map.class).block();

        assertThat(retry.getStatusCode().value()).isEqualTo(201);
        String id = retry.getBody().get("id").toString();
        assertOneRecordOf(id, id + ":created");
    }

    @Test
    void shouldRecordInboundTicketEventOnceWhenTheRecordIsDeliveredTwice() {
        String id = openTicket();
        String recordId = UUID.randomUUID().toString();
        byte[] value = ("{\"ticketId\":\"" + id + "\",\"type\":\"CUSTOMER_MESSAGE\",\"body\":\"hello again\"}")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            var record = new ProducerRecord<>(Topic.TICKETS_INBOUND.topicName(), id, value);
            record.headers().add(CloudEventHeaders.ID, recordId.getBytes(StandardCharsets.UTF_8));
            producer.send(record);
        }
        // a later inbound record with the same key (same partition, handled after both copies) proves both were
        // handled; a REST request would race the inbound consumer
        String marker = "marker-" + UUID.randomUUID();
        var markerRecord = new ProducerRecord<>(Topic.TICKETS_INBOUND.topicName(), id,
                ("{\"ticketId\":\"" + id + "\",\"type\":\"CUSTOMER_MESSAGE\",\"body\":\"" + marker + "\"}")
                        .getBytes(StandardCharsets.UTF_8));
        markerRecord.headers().add(CloudEventHeaders.ID, marker.getBytes(StandardCharsets.UTF_8));
        producer.send(markerRecord);
        ticketEvents.awaitRecord(r -> new String(r.value(), StandardCharsets.UTF_8).contains(marker));

        assertThat(ticketEvents.seen(r -> id.equals(r.key())
                && CustomerMessageReceived.TYPE.equals(TopicTap.header(r, CloudEventHeaders.TYPE))
                && new String(r.value(), StandardCharsets.UTF_8).contains("hello again"))).hasSize(1);
    }

    /** Exactly one record of {@code eventId}: a later event of the same ticket shows the topic was read far enough. */
    private void assertOneRecordOf(String ticketId, String eventId) {
        ticketEvents.awaitRecord(r -> eventId.equals(TopicTap.header(r, CloudEventHeaders.ID)));
        String marker = "marker-" + UUID.randomUUID();
        producer.send(markerRecord(ticketId, marker));
        ticketEvents.awaitRecord(r -> marker.equals(TopicTap.header(r, CloudEventHeaders.ID)));
        assertThat(ticketEvents.seen(r -> eventId.equals(TopicTap.header(r, CloudEventHeaders.ID)))).hasSize(1);
    }

    /** An event the view ignores (unknown type), written to the ticket's partition. */
    private static ProducerRecord<String, byte[]> markerRecord(String ticketId, String markerId) {
        var record = new ProducerRecord<>(Topic.TICKETS_EVENTS.topicName(), ticketId, "{}".getBytes());
        record.headers().add(CloudEventHeaders.ID, markerId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, "switchboard.test.marker.v1".getBytes(StandardCharsets.UTF_8));
        return record;
    }

    private String openTicket() {
        String id = http.post().uri("/api/v1/tickets").contentType(MediaType.APPLICATION_JSON)
                .header("X-Switchboard-Platform", "zendesk").bodyValue(body())
                .retrieve().bodyToMono(Map.class).block().get("id").toString();
        var assigned = new TicketAssigned(id, "agent-1", "billing", 10, "LEAST_OCCUPIED", Instant.now());
        var record = new ProducerRecord<>(Topic.ROUTING_EVENTS.topicName(), id, json.writeValueAsBytes(assigned));
        record.headers().add(CloudEventHeaders.ID, (id + ":assigned:1").getBytes(StandardCharsets.UTF_8));
        record.headers().add(CloudEventHeaders.TYPE, TicketAssigned.TYPE.getBytes(StandardCharsets.UTF_8));
        producer.send(record);
        await().atMost(Duration.ofSeconds(10)).until(() -> views.findById(id)
                .map(v -> v.status() != null && v.status().name().equals("OPEN")).defaultIfEmpty(false).block());
        return id;
    }

    private long version(String id) {
        return tickets.load(id).block().version();
    }

    private Mono<ResponseEntity<Map>> postEvent(String id, Map<String, Object> event, String key) {
        return http.post().uri("/api/v1/tickets/{id}/events", id).contentType(MediaType.APPLICATION_JSON)
                .header("X-Switchboard-Role", "PLATFORM").header("X-Switchboard-Platform", "zendesk")
                .headers(h -> {
                    if (key != null) {
                        h.add("Idempotency-Key", key);
                    }
                })
                .bodyValue(event)
                .exchangeToMono(response -> response.toEntity(Map.class));
    }

    private static CloudEventPublisher deadBroker() {
        CloudEventPublisher broker = mock(CloudEventPublisher.class);
        when(broker.publish(any())).thenAnswer(call -> Mono.error(new EventNotPublishedException(
                ((OutgoingEvent) call.getArgument(0)).id(), new IllegalStateException("process died"))));
        return broker;
    }

    private static TicketEventDraft solve() {
        return new TicketEventDraft("STATUS_CHANGED", null, null, null, null, "SOLVED", null, null, null, null, null);
    }

    private static Map<String, Object> body() {
        return new HashMap<>(Map.of("channel", "EMAIL", "subject", "Refund please", "priority", "HIGH",
                "customer", Map.of("id", "c-1", "tier", "VIP"), "team", "billing"));
    }
}
