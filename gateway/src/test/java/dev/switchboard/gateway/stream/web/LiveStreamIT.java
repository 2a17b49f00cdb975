package dev.switchboard.gateway.stream.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.gateway.caller.Role;
import dev.switchboard.gateway.support.DevKeys;
import dev.switchboard.gateway.support.GatewayClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/**
 * The live stream on a real broker: events written to the topics reach the clients whose role may see them, in time;
 * PLATFORM and anonymous callers are refused; a client that reconnects with Last-Event-ID gets what it missed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "switchboard.gateway.stream.enabled=true",
        "switchboard.gateway.stream.heartbeat=1s",
        "switchboard.gateway.rate-limit.enabled=false",
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}"})
@EmbeddedKafka(partitions = 2, topics = {"tickets.events", "routing.events", "sla.events", "agents.events",
        "analytics.alerts"})
@ActiveProfiles("local")
class LiveStreamIT {

    private static final Duration IN_TIME = Duration.ofSeconds(10);

    @LocalServerPort
    int port;

    @Autowired
    EmbeddedKafkaBroker broker;

    private KafkaProducer<String, byte[]> producer;
    private final List<Watch> watches = new CopyOnWriteArrayList<>();

    @BeforeEach
    void producer() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void close() {
        watches.forEach(Watch::close);
        producer.close();
    }

    @Test
    void shouldStreamEveryTopicsEventsToAManagerWithTheirTypeAndData() {
        // given
        Watch manager = watchLive(Role.MANAGER, null);
        String ticket = "t-" + UUID.randomUUID();

        // when
        send("tickets.events", ticket, "switchboard.ticket.created.v1", "{\"ticketId\":\"" + ticket + "\"}");
        send("analytics.alerts", "billing", "switchboard.analytics.surge-detected.v1",
                "{\"team\":\"billing\",\"inflow\":42}");

        // then
        await().atMost(IN_TIME).untilAsserted(() -> {
            assertThat(manager.named("ticket.created")).anySatisfy(event -> {
                assertThat(event.id()).matches("[a-z0-9]+\\.\\d+");
                assertThat(event.data()).contains("\"subject\":\"" + ticket + "\"")
                        .contains("\"data\":{\"ticketId\":\"" + ticket + "\"}")
                        .contains("\"topic\":\"tickets.events\"");
            });
            assertThat(manager.named("analytics.surge-detected")).anySatisfy(event ->
                    assertThat(event.data()).contains("\"inflow\":42"));
        });
    }

    @Test
    void shouldStreamToAnAgentOnlyItsOwnTicketsAndPresence() {
        // given
        Watch manager = watchLive(Role.MANAGER, null);
        Watch agent = watchLive(Role.AGENT, null);
        String others = "t-other-" + UUID.randomUUID();
        String mine = "t-mine-" + UUID.randomUUID();

        // when: another agent's ticket, then (once the manager saw that) the development agent's own
        send("routing.events", others, "switchboard.routing.assigned.v1",
                "{\"ticketId\":\"" + others + "\",\"agentId\":\"agent-x\"}");
        send("tickets.events", others, "switchboard.ticket.replied.v1", "{\"ticketId\":\"" + others + "\"}");
        send("analytics.alerts", "billing", "switchboard.analytics.surge-detected.v1", "{\"team\":\"billing\"}");
        await().atMost(IN_TIME).until(() -> manager.about(others).size() == 2
                && !manager.named("analytics.surge-detected").isEmpty());
        send("routing.events", mine, "switchboard.routing.assigned.v1",
                "{\"ticketId\":\"" + mine + "\",\"agentId\":\"agent-dev\"}");
        send("sla.events", mine, "switchboard.sla.warning.v1", "{\"ticketId\":\"" + mine + "\"}");
        send("agents.events", "agent-dev", "switchboard.agent.presence-changed.v1",
                "{\"agentId\":\"agent-dev\",\"status\":\"AWAY\"}");

        // then
        await().atMost(IN_TIME).untilAsserted(() -> {
            assertThat(agent.about(mine)).extracting(ServerSentEvent::event)
                    .containsExactly("routing.assigned", "sla.warning");
            assertThat(agent.named("agent.presence-changed")).hasSize(1);
        });
        assertThat(agent.about(others)).isEmpty();
        assertThat(agent.named("analytics.surge-detected")).isEmpty();
        assertThat(manager.about(mine)).hasSize(2);
    }

    @Test
    void shouldReplayTheEventsAClientMissedWhenItReconnectsWithTheLastEventId() {
        // given
        Watch first = watchLive(Role.ADMIN, null);
        String ticket = "t-" + UUID.randomUUID();
        send("tickets.events", ticket, "switchboard.ticket.created.v1", "{}");
        await().atMost(IN_TIME).until(() -> first.about(ticket).size() == 1);
        String lastSeen = first.about(ticket).getFirst().id();
        first.close();

        // when: two events while the client is away
        Watch observer = watchLive(Role.MANAGER, null);
        send("tickets.events", ticket, "switchboard.ticket.status-changed.v1", "{}");
        send("tickets.events", ticket, "switchboard.ticket.replied.v1", "{}");
        await().atMost(IN_TIME).until(() -> observer.about(ticket).size() == 2);
        Watch resumed = watch(Role.ADMIN, lastSeen);

        // then
        await().atMost(IN_TIME).untilAsserted(() -> assertThat(resumed.about(ticket)).extracting(ServerSentEvent::event)
                .containsExactly("ticket.status-changed", "ticket.replied"));
    }

    @Test
    void shouldRefusePlatformKeysAndCallersWithoutCredentials() {
        WebTestClient client = GatewayClient.to(port);

        client.get().uri("/api/v1/stream").accept(MediaType.TEXT_EVENT_STREAM)
                .header("X-API-Key", DevKeys.keyOf(Role.PLATFORM)).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/v1/stream").accept(MediaType.TEXT_EVENT_STREAM).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/v1/stream").accept(MediaType.TEXT_EVENT_STREAM)
                .header("X-API-Key", "not-a-key").exchange()
                .expectStatus().isUnauthorized();
    }

    /** A client whose stream is reading Kafka: events sent from now on reach it. */
    private Watch watchLive(Role role, String lastEventId) {
        Watch watch = watch(role, lastEventId);
        await().atMost(IN_TIME).until(() -> watch.named("status").stream()
                .anyMatch(status -> status.data().contains("LIVE")));
        return watch;
    }

    private Watch watch(Role role, String lastEventId) {
        List<ServerSentEvent<String>> received = new CopyOnWriteArrayList<>();
        Disposable subscription = WebClient.create("http://127.0.0.1:" + port).get().uri("/api/v1/stream")
                .accept(MediaType.TEXT_EVENT_STREAM)
                .header("X-API-Key", DevKeys.keyOf(role))
                .headers(headers -> {
                    if (lastEventId != null) {
                        headers.set("Last-Event-ID", lastEventId);
                    }
                })
                .retrieve()
                .bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .subscribe(received::add);
        Watch watch = new Watch(received, subscription);
        watches.add(watch);
        return watch;
    }

    private void send(String topic, String key, String ceType, String json) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", bytes("1.0"))
                .add("ce_id", bytes(UUID.randomUUID().toString()))
                .add("ce_type", bytes(ceType))
                .add("ce_source", bytes("/test"))
                .add("ce_subject", bytes(key))
                .add("ce_time", bytes("2026-11-23T08:00:00Z"));
        producer.send(record);
        producer.flush();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private record Watch(List<ServerSentEvent<String>> received, Disposable subscription) {

        List<ServerSentEvent<String>> named(String event) {
            return received.stream().filter(e -> event.equals(e.event())).toList();
        }

        List<ServerSentEvent<String>> about(String subject) {
            return received.stream().filter(e -> e.data() != null && e.data().contains("\"subject\":\"" + subject + "\""))
                    .toList();
        }

        void close() {
            subscription.dispose();
        }
    }
}
