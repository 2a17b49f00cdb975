package dev.switchboard.routing;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.assignment.messaging.RoutingCoordinator;
import dev.switchboard.routing.leadership.runtime.LeaseRenewalLoop;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two routing-service instances against one broker and one database. The first leads; then it pauses (its lease
 * renewal stops, it still believes it leads and keeps its consumers), the second takes over, and the paused one,
 * handed records by the rebalance, is fenced on its first write and steps down without deciding or dead-lettering
 * them. The invariants are checked on what readers see: the committed records of {@code routing.events}
 * (read_committed, one partition so that they form one history), deduplicated on {@code ce_id} as every reader does.
 */
class TwoEnginesFailoverIT {

    private static final int CAPACITY = 2;
    private static final EmbeddedKafkaBroker BROKER = new EmbeddedKafkaKraftBroker(1, 3, "tickets.events",
            "tickets.events.dlq", "agents.events", "agents.events.dlq", "sla.events", "sla.events.dlq")
            .brokerProperties(Map.of("transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1", "group.initial.rebalance.delay.ms", "0"));
    private static MongoServer mongo;
    private static String mongoUri;

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();
    private KafkaProducer<String, byte[]> producer;

    @BeforeAll
    static void start() throws Exception {
        BROKER.afterPropertiesSet();
        BROKER.addTopics(new org.apache.kafka.clients.admin.NewTopic("routing.events", 1, (short) 1));
        mongo = new MongoServer(new MemoryBackend());
        InetSocketAddress address = mongo.bind();
        mongoUri = "mongodb://" + address.getHostString() + ":" + address.getPort() + "/switchboard_routing";
    }

    @AfterAll
    static void stop() {
        mongo.shutdownNow();
        BROKER.destroy();
    }

    @AfterEach
    void close() {
        if (producer != null) {
            producer.close();
        }
        contexts.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void shouldKeepEveryInvariantWhenAPausedLeaderIsReplacedAndFenced() throws Exception {
        producer = new KafkaProducer<>(KafkaTestUtils.producerProps(BROKER.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
        ConfigurableApplicationContext first = instance("engine-a");
        await().atMost(Duration.ofSeconds(30)).until(() -> leads(first));
        ConfigurableApplicationContext second = instance("engine-b");

        // given four agents with room for two e-mails each, and twelve tickets: eight assigned, four waiting
        for (int i = 1; i <= 4; i++) {
            available("a" + i);
        }
        for (int i = 1; i <= 12; i++) {
            ticket("t-" + i);
        }
        awaitHistory(history -> history.held().values().stream().mapToInt(Set::size).sum() == 8);
        assertThat(leads(second)).isFalse();

        // when the leader pauses: it stops renewing, but keeps consuming and believes it leads
        first.getBean(LeaseRenewalLoop.class).suspend();
        await().atMost(Duration.ofSeconds(30)).until(() -> leads(second));

        // and agents and tickets keep coming: a1 signs off, a5 and a6 sign in, twelve more tickets
        presence("a1", AgentStatus.OFFLINE);
        available("a5");
        available("a6");
        for (int i = 13; i <= 24; i++) {
            ticket("t-" + i);
        }

        // then the paused instance, handed records by the rebalance, was fenced and stepped down
        await().atMost(Duration.ofSeconds(60)).until(() -> !leads(first));
        // and every assignable ticket got assigned: a2..a6 are full, twelve tickets wait
        History history = awaitHistory(h -> h.held().getOrDefault("a1", Set.of()).isEmpty()
                && List.of("a2", "a3", "a4", "a5", "a6").stream()
                .allMatch(agent -> h.held().getOrDefault(agent, Set.of()).size() == CAPACITY));
        assertThat(history.violations()).isEmpty();
        RoutingEngine engine = second.getBean(RoutingEngine.class);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(engine.queues())
                .filteredOn(queue -> "billing".equals(queue.team())).singleElement()
                .satisfies(queue -> assertThat(queue.waiting()).isEqualTo(24 - 5 * CAPACITY)));
        assertThat(history.deadLetters()).isZero();
    }

    private ConfigurableApplicationContext instance(String name) {
        // command-line arguments outrank application.yml: never the fixed ports of a locally running system
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RoutingServiceApplication.class)
                .run("--server.port=0",
                        "--spring.kafka.bootstrap-servers=" + BROKER.getBrokersAsString(),
                        "--spring.cloud.stream.kafka.binder.brokers=" + BROKER.getBrokersAsString(),
                        "--spring.mongodb.uri=" + mongoUri,
                        "--switchboard.routing.leadership.instance-id=" + name,
                        "--switchboard.routing.leadership.lease-ttl=3s",
                        "--switchboard.routing.leadership.follower-refresh=1s",
                        "--KAFKA_SESSION_TIMEOUT_MS=6000");
        contexts.add(context);
        return context;
    }

    private static boolean leads(ConfigurableApplicationContext context) {
        return context.getBean(RoutingCoordinator.class).isLeading();
    }

    private void available(String agentId) throws Exception {
        send("agents.events", agentId, agentId + ":updated", AgentUpdated.TYPE, new AgentUpdated(agentId,
                "Agent " + agentId, "billing", 1, Map.of("billing", 3), Map.of(Channel.EMAIL, CAPACITY),
                Instant.now()));
        presence(agentId, AgentStatus.AVAILABLE);
    }

    private void presence(String agentId, AgentStatus status) throws Exception {
        send("agents.events", agentId, agentId + ":" + status, AgentPresenceChanged.TYPE,
                new AgentPresenceChanged(agentId, status, null, Instant.now()));
    }

    private void ticket(String ticketId) throws Exception {
        send("tickets.events", ticketId, ticketId + ":created", TicketCreated.TYPE, new TicketCreated(ticketId,
                "ext-" + ticketId, "test", Channel.EMAIL, "subject", null, dev.switchboard.events.ticket.Priority.NORMAL,
                new dev.switchboard.events.ticket.Customer("c-" + ticketId, null, null, "en"), "billing",
                List.of("billing"), List.of(), Instant.now(), Instant.now()));
    }

    private void send(String topic, String key, String id, String type, Record data) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.writeValueAsBytes(data));
        header(record, CloudEventHeaders.SPEC_VERSION, "1.0");
        header(record, CloudEventHeaders.ID, id);
        header(record, CloudEventHeaders.SOURCE, "/test");
        header(record, CloudEventHeaders.TYPE, type);
        header(record, CloudEventHeaders.TIME, Instant.now().toString());
        header(record, CloudEventHeaders.SUBJECT, key);
        header(record, CloudEventHeaders.CONTENT_TYPE, "application/json");
        producer.send(record).get();
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private History awaitHistory(java.util.function.Predicate<History> done) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(this::readHistory, done);
    }

    /** Replays the committed routing.events in order, checking the invariants after every record. */
    private History readHistory() {
        Map<String, Object> props = KafkaTestUtils.consumerProps(BROKER.getBrokersAsString(), "checker", false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        History history = new History();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            TopicPartition routing = new TopicPartition("routing.events", 0);
            List<TopicPartition> deadLetters = List.of(new TopicPartition("tickets.events.dlq", 0),
                    new TopicPartition("agents.events.dlq", 0));
            List<TopicPartition> all = new ArrayList<>(deadLetters);
            all.add(routing);
            consumer.assign(all);
            consumer.seekToBeginning(all);
            Map<TopicPartition, Long> ends = consumer.endOffsets(all);
            while (all.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.topic().endsWith(".dlq")) {
                        history.deadLetters++;
                    } else {
                        history.apply(record, json);
                    }
                }
            }
        }
        return history;
    }

    private static final class History {
        private final Set<String> seenIds = new HashSet<>();
        private final Map<String, Set<String>> held = new HashMap<>();
        private final Map<String, String> holder = new HashMap<>();
        private final Set<String> signedOff = new HashSet<>();
        private final Set<String> violations = new LinkedHashSet<>();
        private int deadLetters;

        Map<String, Set<String>> held() {
            return held;
        }

        Set<String> violations() {
            return violations;
        }

        int deadLetters() {
            return deadLetters;
        }

        void apply(ConsumerRecord<String, byte[]> record, JsonMapper json) {
            Header id = record.headers().lastHeader(CloudEventHeaders.ID);
            Header type = record.headers().lastHeader(CloudEventHeaders.TYPE);
            if (!seenIds.add(new String(id.value(), StandardCharsets.UTF_8))) {
                return;
            }
            switch (new String(type.value(), StandardCharsets.UTF_8)) {
                case TicketAssigned.TYPE -> {
                    TicketAssigned assigned = json.readValue(record.value(), TicketAssigned.class);
                    String previous = holder.put(assigned.ticketId(), assigned.agentId());
                    if (previous != null) {
                        violations.add(assigned.ticketId() + " held by " + previous + " and " + assigned.agentId());
                    }
                    if (signedOff.contains(assigned.agentId())) {
                        violations.add(assigned.ticketId() + " went to " + assigned.agentId() + " after it went OFFLINE");
                    }
                    Set<String> tickets = held.computeIfAbsent(assigned.agentId(), agent -> new LinkedHashSet<>());
                    tickets.add(assigned.ticketId());
                    if (tickets.size() > CAPACITY) {
                        violations.add(assigned.agentId() + " over capacity with " + tickets);
                    }
                }
                case TicketUnassigned.TYPE -> {
                    TicketUnassigned unassigned = json.readValue(record.value(), TicketUnassigned.class);
                    holder.remove(unassigned.ticketId());
                    held.getOrDefault(unassigned.agentId(), new HashSet<>()).remove(unassigned.ticketId());
                    if ("AGENT_OFFLINE".equals(unassigned.reason())) {
                        signedOff.add(unassigned.agentId());
                    }
                }
                default -> {
                }
            }
        }
    }
}
