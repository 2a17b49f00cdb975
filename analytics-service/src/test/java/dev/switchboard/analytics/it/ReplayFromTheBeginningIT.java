package dev.switchboard.analytics.it;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.analytics.correctness.SyntheticDay;
import dev.switchboard.events.Topic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.switchboard.analytics.CloudEventRecords.record;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Item 1 of issue 6: a replay of every topic from the beginning (the consumer group's offsets rewound to 0 while its
 * bindings are stopped) changes no figure, neither an answer of the API nor any stored bucket.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.kafka.binder.brokers=${spring.embedded.kafka.brokers}",
        "spring.cloud.stream.default.consumer.back-off-initial-interval=50"})
@AutoConfigureWebTestClient
@EmbeddedKafka(partitions = 2, topics = {"tickets.events", "tickets.events.dlq", "routing.events",
        "routing.events.dlq", "sla.events", "sla.events.dlq", "agents.events", "agents.events.dlq"})
class ReplayFromTheBeginningIT {

    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final String GROUP = "analytics-service";
    private static final List<String> TOPICS = List.of(Topic.TICKETS_EVENTS.topicName(),
            Topic.ROUTING_EVENTS.topicName(), Topic.SLA_EVENTS.topicName());
    /** Every binding of the group: offsets can only be rewound while the group has no member. */
    private static final List<String> BINDINGS = List.of("ticketEvents-in-0", "routingEvents-in-0",
            "slaEvents-in-0", "agentEvents-in-0");
    private static MongoServer mongo;

    @Autowired
    WebTestClient client;

    @Autowired
    EmbeddedKafkaBroker broker;

    @Autowired
    MongoDatabase database;

    @Autowired
    BindingsLifecycleController bindings;

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
    void shouldChangeNoFigureWhenEveryTopicIsReplayedFromTheBeginning() throws Exception {
        List<SyntheticDay.Published> day = SyntheticDay.generate(11, 60, 3, 4).stream()
                .toList();
        try (Producer<String, byte[]> producer = producer(); Admin admin = admin()) {
            for (SyntheticDay.Published event : day) {
                producer.send(record(event.id(), event.ticketId(), event.event())).get();
            }
            awaitGroupAtEnd(admin);
            String summaryBefore = summary();
            Map<String, List<Document>> bucketsBefore = buckets();
            assertThat(summaryBefore).contains("\"created\":60");

            BINDINGS.forEach(bindings::stop);
            Map<TopicPartition, OffsetAndMetadata> beginning = partitions(admin).stream()
                    .collect(Collectors.toMap(p -> p, p -> new OffsetAndMetadata(0)));
            await().atMost(WAIT).ignoreExceptions().untilAsserted(() ->
                    admin.alterConsumerGroupOffsets(GROUP, beginning).all().get());
            // proof that the replay really starts at the beginning: only processing moves a committed offset on
            assertThat(admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get().values())
                    .isNotEmpty().allSatisfy(offset -> assertThat(offset.offset()).isZero());
            BINDINGS.forEach(bindings::start);
            awaitGroupAtEnd(admin);

            assertThat(summary()).isEqualTo(summaryBefore);
            assertThat(buckets()).isEqualTo(bucketsBefore);
        }
    }

    private String summary() {
        return client.get().uri(uri -> uri.path("/api/v1/analytics/summary")
                        .queryParam("from", SyntheticDay.DAY)
                        .queryParam("to", SyntheticDay.DAY.plus(Duration.ofDays(2)))
                        .build())
                .exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    /**
     * Every bucket of every level, without the tokens (a replay adds none, but their order is not a figure) and the
     * pruner's fence (when it last pruned the bucket's tokens: it runs every 5 s, so during a slow replay too).
     */
    private Map<String, List<Document>> buckets() {
        Map<String, List<Document>> all = new HashMap<>();
        for (String collection : List.of("kpi_minute", "kpi_hour", "kpi_day", "kpi_total")) {
            all.put(collection, Flux.from(database.getCollection(collection).find(Filters.empty())
                            .projection(Projections.exclude("applied", "fence")).sort(new Document("_id", 1)))
                    .collectList().block(Duration.ofSeconds(30)));
        }
        assertThat(all.get("kpi_day")).isNotEmpty();
        return all;
    }

    private void awaitGroupAtEnd(Admin admin) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(200)).untilAsserted(() -> {
            Map<TopicPartition, OffsetSpec> latest = partitions(admin).stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            Map<TopicPartition, Long> ends = admin.listOffsets(latest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            Map<TopicPartition, Long> committed = admin.listConsumerGroupOffsets(GROUP)
                    .partitionsToOffsetAndMetadata().get().entrySet().stream()
                    .filter(e -> e.getValue() != null)
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
            ends.forEach((partition, end) -> {
                if (end > 0) {
                    assertThat(committed.get(partition)).as(partition.toString()).isEqualTo(end);
                }
            });
        });
    }

    private List<TopicPartition> partitions(Admin admin) throws Exception {
        return admin.describeTopics(TOPICS).allTopicNames().get().values().stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(p -> new TopicPartition(topic.name(), p.partition())))
                .toList();
    }

    private Producer<String, byte[]> producer() {
        Map<String, Object> properties = KafkaTestUtils.producerProps(broker);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(properties);
    }

    private Admin admin() {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()));
    }
}
