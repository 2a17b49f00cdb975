package dev.switchboard.analytics.kpi.persistence;

import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.analytics.fact.Contributions;
import dev.switchboard.analytics.fact.KpiNames;
import dev.switchboard.analytics.fact.PendingDelta;
import dev.switchboard.analytics.fact.SampleScale;
import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.analytics.kpi.BucketLevel;
import dev.switchboard.analytics.kpi.FactFilter;
import dev.switchboard.analytics.kpi.InMemoryBuckets;
import dev.switchboard.analytics.kpi.KpiBucket;
import dev.switchboard.analytics.kpi.Retention;
import dev.switchboard.analytics.kpi.Summary;
import dev.switchboard.analytics.kpi.TimeWindow;
import dev.switchboard.analytics.kpi.View;
import dev.switchboard.analytics.kpi.query.KpiReader;
import dev.switchboard.events.ticket.Priority;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static dev.switchboard.analytics.fact.Facts.of;
import static dev.switchboard.analytics.fact.TicketEvents.assigned;
import static dev.switchboard.analytics.fact.TicketEvents.at;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.publicReply;
import static dev.switchboard.analytics.fact.TicketEvents.solved;
import static org.assertj.core.api.Assertions.assertThat;

/** The bucket store on the Mongo stand-in: idempotent tokens, figures after a restart, retention by level. */
class MongoKpiBucketsIT {

    private static final Instant NOW = at(3 * 86_400);
    private static final TimeWindow DAY = new TimeWindow(at(0), at(86_400));
    private static final Retention RETENTION = new Retention(Duration.ofDays(2), Duration.ofDays(30),
            Duration.ofDays(365));

    private MongoServer server;
    private String uri;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
    }

    @AfterEach
    void stop() {
        server.shutdownNow();
    }

    @Test
    void shouldAddADeltaOnceHoweverOftenItIsApplied() {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoKpiBuckets buckets = buckets(client.getDatabase("a"));
            PendingDelta delta = wholeTicket(of("t-1", created("t-1", at(10)), assigned("t-1", "ann", 2_000, at(20)),
                    publicReply("t-1", "ann", at(100)), solved("t-1", at(4_000))));

            buckets.apply("t-1@1", delta, NOW);
            buckets.apply("t-1@1", delta, NOW);

            Summary summary = reader(buckets).summary(FactFilter.ALL, DAY).block();
            assertThat(summary.created()).isEqualTo(1);
            assertThat(summary.solved()).isEqualTo(1);
            assertThat(summary.firstReplyTime().p50()).isEqualTo(90.0);
            assertThat(summary.queueWait().p50()).isEqualTo(2.0);
            assertThat(reader(buckets).summary(new FactFilter(null, "ann", null, null, null), DAY).block()
                    .handled()).isEqualTo(1);
        }
    }

    @Test
    void shouldReadTheCountersOfABucketWithoutItsSamplesForTheLevels() {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoKpiBuckets buckets = buckets(client.getDatabase("a"));
            buckets.apply("t-1@1", wholeTicket(of("t-1", created("t-1", at(10)), assigned("t-1", "ann", 2_000, at(20)),
                    publicReply("t-1", "ann", at(100)))), NOW);

            KpiBucket whole = buckets.find(BucketLevel.TOTAL, View.ALL, Map.of(), Instant.EPOCH, Instant.EPOCH)
                    .blockFirst();
            KpiBucket counts = buckets.findCounts(BucketLevel.TOTAL, View.ALL, Map.of(), Instant.EPOCH,
                    Instant.EPOCH).blockFirst();

            assertThat(whole.totals().histogram(SampleScale.FIRST_REPLY.sampleName())).containsEntry(90L, 1L);
            assertThat(counts.totals().histogram(SampleScale.FIRST_REPLY.sampleName())).isEmpty();
            assertThat(counts.totals().count(KpiNames.CREATED)).isEqualTo(1);
            assertThat(counts.totals().count(KpiNames.BACKLOG_CHANGE))
                    .isEqualTo(whole.totals().count(KpiNames.BACKLOG_CHANGE)).isEqualTo(1);
        }
    }

    @Test
    void shouldAnswerTheSameFiguresAfterARestart() {
        Summary before;
        try (MongoClient client = MongoClients.create(uri)) {
            MongoKpiBuckets buckets = buckets(client.getDatabase("a"));
            buckets.apply("t-1@1", wholeTicket(of("t-1", created("t-1", at(10)), solved("t-1", at(5_000)))), NOW);
            buckets.apply("t-2@1", wholeTicket(of("t-2", created("t-2", at(70)))), NOW);
            before = reader(buckets).summary(FactFilter.ALL, DAY).block();
        }
        try (MongoClient client = MongoClients.create(uri)) {
            Summary after = reader(buckets(client.getDatabase("a"))).summary(FactFilter.ALL, DAY).block();

            assertThat(after).isEqualTo(before);
            assertThat(after.created()).isEqualTo(2);
            assertThat(after.backlog()).isEqualTo(1);
        }
    }

    @Test
    void shouldAnswerByIdsWhatTheInMemoryStoreAnswersAndFallBackToScansForOlderAllTimeBuckets() {
        List<TicketFact> facts = List.of(
                of("t-1", created("t-1", at(10), "billing", Priority.HIGH), assigned("t-1", "ann", 1_000, at(20)),
                        publicReply("t-1", "ann", at(100)), solved("t-1", at(4_000))),
                of("t-2", created("t-2", at(70), "billing", Priority.LOW), assigned("t-2", "bob", 9_000, at(90))),
                // solved long after the window: the backlog at its end must count the ticket as open
                of("t-3", created("t-3", at(200), "tech", Priority.HIGH), assigned("t-3", "ann", 2_000, at(300)),
                        solved("t-3", at(40 * 86_400))),
                of("t-4", created("t-4", at(90_000), "tech", Priority.LOW)));
        TimeWindow window = new TimeWindow(at(0), at(7_200));
        List<FactFilter> filters = List.of(FactFilter.ALL, new FactFilter("billing", null, null, null, null),
                new FactFilter(null, "ann", null, null, null), new FactFilter(null, null, null, Priority.HIGH, null),
                new FactFilter("tech", null, null, Priority.HIGH, null),
                new FactFilter("nobody", null, null, null, null));
        InMemoryBuckets expected = InMemoryBuckets.of(facts);
        KpiReader inMemory = new KpiReader(expected, RETENTION, Clock.fixed(NOW, ZoneOffset.UTC));
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase database = client.getDatabase("a");
            MongoKpiBuckets buckets = buckets(database);
            facts.forEach(fact -> buckets.apply(fact.ticketId() + "@1", wholeTicket(fact), NOW));

            for (FactFilter filter : filters) {
                assertThat(reader(buckets).summary(filter, window).block()).as(filter.toString())
                        .isEqualTo(inMemory.summary(filter, window).block());
            }
            assertThat(reader(buckets).summary(FactFilter.ALL, window).block().backlog()).isEqualTo(2);

            // all-time buckets written before they recorded their latest moment: answered by scanning
            Mono.from(database.getCollection(KpiPersistenceConfiguration.collectionName(BucketLevel.TOTAL))
                    .updateMany(new Document(), Updates.unset(BucketDocuments.LATEST))).block();
            for (FactFilter filter : filters) {
                assertThat(reader(buckets).summary(filter, window).block()).as(filter.toString())
                        .isEqualTo(inMemory.summary(filter, window).block());
            }
        }
    }

    @Test
    void shouldDeleteEachLevelPastItsRetentionOnly() {
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase database = client.getDatabase("a");
            MongoKpiBuckets buckets = buckets(database);
            buckets.apply("old@1", wholeTicket(of("old", created("old", at(10)))), NOW);
            buckets.apply("new@1", wholeTicket(of("new", created("new", NOW.minusSeconds(600)))), NOW);

            new BucketRetentionJob(buckets, RETENTION, Clock.fixed(NOW, ZoneOffset.UTC)).purge();

            assertThat(count(database, BucketLevel.MINUTE, at(0))).isZero();
            assertThat(count(database, BucketLevel.MINUTE, NOW.minus(Duration.ofHours(1)))).isPositive();
            assertThat(count(database, BucketLevel.HOUR, at(0))).isPositive();
            assertThat(count(database, BucketLevel.DAY, BucketLevel.DAY.start(at(0)))).isPositive();
            Summary old = reader(buckets).summary(FactFilter.ALL, new TimeWindow(at(0), at(3_600))).block();
            assertThat(old.created()).as("answered from the hour bucket").isEqualTo(1);
        }
    }

    private static long count(MongoDatabase database, BucketLevel level, Instant from) {
        MongoCollection<Document> collection = database.getCollection(
                KpiPersistenceConfiguration.collectionName(level));
        return reactor.core.publisher.Mono.from(collection.countDocuments(new Document("view", View.ALL.name())
                .append("start", new Document("$gte", java.util.Date.from(from))
                        .append("$lt", java.util.Date.from(from.plus(Duration.ofHours(2))))))).block();
    }

    private static PendingDelta wholeTicket(TicketFact fact) {
        return new PendingDelta(1, Contributions.difference(List.of(), Contributions.of(fact)));
    }

    private static MongoKpiBuckets buckets(MongoDatabase database) {
        Map<BucketLevel, MongoCollection<Document>> collections = new EnumMap<>(BucketLevel.class);
        for (BucketLevel level : BucketLevel.values()) {
            collections.put(level, database.getCollection(KpiPersistenceConfiguration.collectionName(level)));
        }
        return new MongoKpiBuckets(collections, database.getCollection(RetiredDeltas.COLLECTION),
                Duration.ofSeconds(10));
    }

    private static KpiReader reader(MongoKpiBuckets buckets) {
        return new KpiReader(buckets, RETENTION, Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
