package dev.switchboard.sla.it;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.sla.MutableClock;
import dev.switchboard.sla.SlaServiceApplication;
import dev.switchboard.sla.timer.DeadlineScheduler;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static dev.switchboard.sla.it.TicketEventRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Instances of the service that stop, start and share the partitions of {@code tickets.events} on one real
 * (embedded) broker and one Mongo stand-in, with a virtual clock they share: deadlines that passed while nobody owned
 * a partition fire once, at its next owner; no deadline fires twice; none is lost.
 */
@EmbeddedKafka(partitions = 2, topics = {"tickets.events", "tickets.events.dlq", "sla.events"})
class SlaFailoverIT {

    private static final MongoServer MONGO = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress MONGO_ADDRESS = MONGO.bind();
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final MutableClock CLOCK = new MutableClock(T0);

    /** The virtual clock every instance's timer reads. */
    @Configuration(proxyBeanMethods = false)
    static class SharedClock {

        @Bean
        @Primary
        Clock sharedClock() {
            return CLOCK;
        }
    }

    private final EmbeddedKafkaBroker broker;
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private final List<ConsumerRecord<String, byte[]>> received = new CopyOnWriteArrayList<>();
    private KafkaProducer<String, byte[]> producer;
    private KafkaConsumer<String, byte[]> consumer;

    SlaFailoverIT(EmbeddedKafkaBroker broker) {
        this.broker = broker;
    }

    @AfterAll
    static void stopMongo() {
        MONGO.shutdownNow();
    }

    @BeforeEach
    void connect() {
        CLOCK.set(T0);
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString()),
                new StringSerializer(), new ByteArraySerializer());
        consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of("sla.events"));
    }

    @AfterEach
    void disconnect() {
        instances.forEach(ConfigurableApplicationContext::close);
        producer.close();
        consumer.close();
    }

    @Test
    void shouldFireEveryDeadlineThatPassedWhileDownOnceAfterARestart() throws Exception {
        ConfigurableApplicationContext first = start();
        String ticketId = "t-" + UUID.randomUUID();
        create(ticketId, 0);
        awaitIds(ticketId, ticketId + ":FIRST_REPLY:0:started", ticketId + ":RESOLUTION:0:started");

        first.close();
        CLOCK.advance(Duration.ofHours(2));
        start();

        awaitIds(ticketId, ticketId + ":FIRST_REPLY:0:started", ticketId + ":RESOLUTION:0:started",
                ticketId + ":FIRST_REPLY:0:warning:0.75", ticketId + ":FIRST_REPLY:0:warning:0.9",
                ticketId + ":FIRST_REPLY:0:breached", ticketId + ":FIRST_REPLY:0:escalated:1",
                ticketId + ":FIRST_REPLY:0:escalated:2");
        assertNothingMoreFor(ticketId, 7);
    }

    @Test
    void shouldHandAPartitionsClocksToTheInstanceThatTakesItOverAndBack() throws Exception {
        ConfigurableApplicationContext first = start();
        String onZero = "t-" + UUID.randomUUID();
        String onOne = "t-" + UUID.randomUUID();
        create(onZero, 0);
        create(onOne, 1);
        awaitIds(onZero, onZero + ":FIRST_REPLY:0:started", onZero + ":RESOLUTION:0:started");
        awaitIds(onOne, onOne + ":FIRST_REPLY:0:started", onOne + ":RESOLUTION:0:started");

        ConfigurableApplicationContext second = start();
        DeadlineScheduler firstTimer = first.getBean(DeadlineScheduler.class);
        DeadlineScheduler secondTimer = second.getBean(DeadlineScheduler.class);
        // each instance owns one partition and holds only the deadline of the ticket in it (owning comes just
        // before loading, hence the wait for both)
        await().atMost(Duration.ofSeconds(60)).until(() -> owned(firstTimer) == 1 && owned(secondTimer) == 1
                && firstTimer.pending() == 1 && secondTimer.pending() == 1);

        CLOCK.advance(Duration.ofMinutes(46));
        for (String ticketId : List.of(onZero, onOne)) {
            awaitIds(ticketId, ticketId + ":FIRST_REPLY:0:started", ticketId + ":RESOLUTION:0:started",
                    ticketId + ":FIRST_REPLY:0:warning:0.75");
        }

        second.close();
        await().atMost(Duration.ofSeconds(60)).until(() -> owned(firstTimer) == 2 && firstTimer.pending() == 2);
        CLOCK.advance(Duration.ofMinutes(20));
        for (String ticketId : List.of(onZero, onOne)) {
            awaitIds(ticketId, ticketId + ":FIRST_REPLY:0:started", ticketId + ":RESOLUTION:0:started",
                    ticketId + ":FIRST_REPLY:0:warning:0.75", ticketId + ":FIRST_REPLY:0:warning:0.9",
                    ticketId + ":FIRST_REPLY:0:breached", ticketId + ":FIRST_REPLY:0:escalated:1");
            assertNothingMoreFor(ticketId, 6);
        }
    }

    private ConfigurableApplicationContext start() {
        // command-line arguments: they win over application.yml, which builder "properties" (defaults) do not
        ConfigurableApplicationContext context = new SpringApplicationBuilder(SlaServiceApplication.class,
                SharedClock.class)
                .run("--spring.mongodb.uri=mongodb://" + MONGO_ADDRESS.getHostString() + ":"
                                + MONGO_ADDRESS.getPort() + "/switchboard_sla",
                        "--spring.kafka.bootstrap-servers=" + broker.getBrokersAsString(),
                        "--spring.cloud.stream.kafka.binder.brokers=" + broker.getBrokersAsString(),
                        "--server.port=0",
                        "--switchboard.sla.timer.max-sleep=PT0.05S");
        instances.add(context);
        return context;
    }

    private static int owned(DeadlineScheduler timer) {
        return (timer.owns(0) ? 1 : 0) + (timer.owns(1) ? 1 : 0);
    }

    private void create(String ticketId, int partition) throws Exception {
        ProducerRecord<String, byte[]> built = TicketEventRecords.record(ticketId, ticketId + ":created",
                TicketCreated.TYPE, TicketEventRecords.created(ticketId, "URGENT", T0));
        producer.send(new ProducerRecord<>(built.topic(), partition, built.key(), built.value(), built.headers()))
                .get();
    }

    private void awaitIds(String ticketId, String... ids) {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(received::add);
            assertThat(idsOf(ticketId)).containsExactlyInAnyOrder(ids);
        });
    }

    /** Gives a repeat the time to show up: the timer wakes every 50 ms here. */
    private void assertNothingMoreFor(String ticketId, int count) {
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() -> {
            consumer.poll(Duration.ofMillis(100)).forEach(received::add);
            return idsOf(ticketId).size() == count;
        });
    }

    private List<String> idsOf(String ticketId) {
        return received.stream().filter(r -> ticketId.equals(r.key()))
                .map(r -> header(r.headers(), CloudEventHeaders.ID)).toList();
    }
}
