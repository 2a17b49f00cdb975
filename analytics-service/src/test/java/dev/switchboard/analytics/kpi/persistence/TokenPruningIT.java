package dev.switchboard.analytics.kpi.persistence;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.analytics.fact.Contributions;
import dev.switchboard.analytics.fact.FactRecorder;
import dev.switchboard.analytics.fact.FactStore;
import dev.switchboard.analytics.fact.PendingDelta;
import dev.switchboard.analytics.fact.StaleDeltaException;
import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.analytics.fact.TicketFactApplier;
import dev.switchboard.analytics.fact.persistence.BenchmarkFacts;
import dev.switchboard.analytics.kpi.BucketLevel;
import dev.switchboard.analytics.kpi.FactFilter;
import dev.switchboard.analytics.kpi.KpiFixture;
import dev.switchboard.analytics.kpi.MutableClock;
import dev.switchboard.analytics.kpi.Summary;
import dev.switchboard.analytics.kpi.TimeWindow;
import dev.switchboard.analytics.kpi.View;
import dev.switchboard.analytics.kpi.query.KpiReader;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.switchboard.analytics.fact.Facts.of;
import static dev.switchboard.analytics.fact.TicketEvents.at;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.publicReply;
import static dev.switchboard.analytics.fact.TicketEvents.solved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Token pruning on the Mongo stand-in, driven by a clock the test moves: token arrays stay bounded under steady
 * traffic while every figure stays exact, and neither a redelivery nor a stale copy of a pruned delta counts twice.
 */
class TokenPruningIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final TokenProperties TOKENS = new TokenProperties(Duration.ofMinutes(2), Duration.ofMinutes(1),
            Duration.ofSeconds(1));
    private static final String ALL_TIME = BucketDocuments.id(View.ALL, Map.of(), 0);

    private final MutableClock clock = new MutableClock(at(0));
    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private MongoKpiBuckets buckets;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        database = client.getDatabase("a");
        Map<BucketLevel, MongoCollection<Document>> collections = new EnumMap<>(BucketLevel.class);
        for (BucketLevel level : BucketLevel.values()) {
            collections.put(level, database.getCollection(KpiPersistenceConfiguration.collectionName(level)));
        }
        buckets = new MongoKpiBuckets(collections, database.getCollection(RetiredDeltas.COLLECTION), TIMEOUT);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void shouldKeepTheAllTimeTokenArrayBoundedWhileEveryFigureStaysExact() {
        FactStore facts = BenchmarkFacts.store(database, TIMEOUT);
        FactRecorder recorder = new FactRecorder(facts, buckets, new TicketFactApplier(), changes -> { }, 3, clock);
        TokenPruner pruner = new TokenPruner(buckets, facts::pendingTokens, TOKENS, clock);
        int tickets = 300;
        int ticketsPerMinute = 20;
        int largest = 0;
        List<Runnable> events = new ArrayList<>();
        for (int n = 0; n < tickets; n++) {
            String id = "t-" + n;
            events.add(() -> recorder.record(id + ":created", created(id, at(60))));
            events.add(() -> recorder.record(id + ":solved", solved(id, at(660))));
        }
        for (int n = 0; n < events.size(); n++) {
            events.get(n).run();
            if ((n + 1) % (2 * ticketsPerMinute) == 0) {
                clock.advance(Duration.ofMinutes(1));
                pruner.prune();
                largest = Math.max(largest, tokens(BucketLevel.TOTAL, ALL_TIME).size());
            }
        }
        // each minute adds 40 tokens; a cleared one is seen within a run and pulled a retention (2 min) later
        assertThat(largest).as("tokens in the all-time bucket at most").isLessThanOrEqualTo(5 * 2 * ticketsPerMinute)
                .isLessThan(2 * tickets);
        for (int run = 0; run < 5; run++) {
            clock.advance(Duration.ofMinutes(1));
            pruner.prune();
        }
        assertThat(allTokens()).as("tokens left once the traffic stopped").isEmpty();
        assertExact(tickets);

        // a redelivery of every event (or a replay from the beginning) changes nothing, pruned tokens or not
        events.forEach(Runnable::run);
        assertExact(tickets);
        assertThat(allTokens()).isEmpty();
    }

    @Test
    void shouldPruneEveryDueDeltaInOneRunWhenMoreThanABatchWereRetired() {
        FactStore facts = BenchmarkFacts.store(database, TIMEOUT);
        FactRecorder recorder = new FactRecorder(facts, buckets, new TicketFactApplier(), changes -> { }, 3, clock);
        TokenPruner pruner = new TokenPruner(buckets, facts::pendingTokens, TOKENS, clock);
        int tickets = 700;
        for (int n = 0; n < tickets; n++) {
            recorder.record("t-" + n + ":created", created("t-" + n, at(60)));
            recorder.record("t-" + n + ":solved", solved("t-" + n, at(660)));
        }

        pruner.prune(); // all 1,400 seen cleared, though more than one batch of 1,000 was due
        clock.advance(TOKENS.retention());
        int pruned = pruner.prune();

        assertThat(pruned).isEqualTo(2 * tickets);
        assertThat(retired()).isZero();
        assertThat(allTokens()).isEmpty();
        assertExact(tickets);
    }

    @Test
    void shouldRefuseAStaleCopyOfAClearedDeltaOnceItsTokenIsPrunedAndAcceptFreshDeltas() {
        Cleared cleared = new Cleared();
        TokenPruner pruner = new TokenPruner(buckets, cleared::pendingTokens, TOKENS, clock);
        PendingDelta first = wholeTicket(of("t-1", created("t-1", at(10))));
        Instant readBeforeTheClear = clock.instant();
        buckets.apply("t-1@1", first, readBeforeTheClear);
        buckets.retire("t-1", "t-1@1", first);

        clock.advance(Duration.ofSeconds(30));
        pruner.prune(); // seen cleared
        assertThat(tokens(BucketLevel.TOTAL, ALL_TIME)).containsExactly("t-1@1");
        clock.advance(TOKENS.retention());
        pruner.prune(); // pulled, fenced
        assertThat(allTokens()).isEmpty();
        assertThat(retired()).isZero();

        // a flusher that read the fact before the clear comes back late with its copy
        assertThatThrownBy(() -> buckets.apply("t-1@1", first, readBeforeTheClear))
                .isInstanceOf(StaleDeltaException.class);
        assertThat(createdCount()).isEqualTo(1);

        // deltas read after the fence still count, into the same buckets
        buckets.apply("t-2@1", wholeTicket(of("t-2", created("t-2", at(20)))), clock.instant());
        buckets.apply("t-2@1", wholeTicket(of("t-2", created("t-2", at(20)))), clock.instant());
        assertThat(createdCount()).isEqualTo(2);
        assertThat(tokens(BucketLevel.TOTAL, ALL_TIME)).containsExactly("t-2@1");
    }

    @Test
    void shouldKeepTheTokensOfADeltaWhoseClearWasLostUntilItIsCleared() {
        Cleared owners = new Cleared();
        TokenPruner pruner = new TokenPruner(buckets, owners::pendingTokens, TOKENS, clock);
        PendingDelta delta = wholeTicket(of("t-1", created("t-1", at(10))));
        buckets.apply("t-1@1", delta, clock.instant());
        buckets.retire("t-1", "t-1@1", delta);
        owners.pending.add("t-1@1");

        for (int run = 0; run < 6; run++) {
            clock.advance(Duration.ofMinutes(1));
            pruner.prune();
        }
        assertThat(tokens(BucketLevel.TOTAL, ALL_TIME)).as("still pending: a redelivery must find its token")
                .containsExactly("t-1@1");
        buckets.apply("t-1@1", delta, clock.instant());
        assertThat(createdCount()).isEqualTo(1);

        owners.pending.clear();
        for (int run = 0; run < 6; run++) {
            clock.advance(Duration.ofMinutes(1));
            pruner.prune();
        }
        assertThat(allTokens()).isEmpty();
        assertThat(createdCount()).isEqualTo(1);
    }

    @Test
    void shouldIncrementTheFactsVersionOnClearSoAStaleWriterCannotWriteAClearedDeltaBack() {
        FactStore facts = BenchmarkFacts.store(database, TIMEOUT);
        PendingDelta delta = wholeTicket(of("t-1", created("t-1", at(10))));
        TicketFact stale = of("t-1", created("t-1", at(10))).toBuilder().version(1).addPendingDelta(delta).build();
        facts.insert(stale);
        assertThat(facts.pendingTokens(List.of("t-1", "t-9"))).containsExactly("t-1@1");

        facts.clearPending("t-1", List.of(1L));

        assertThat(facts.find("t-1")).get().satisfies(fact -> {
            assertThat(fact.version()).isEqualTo(2);
            assertThat(fact.pendingDeltas()).isEmpty();
        });
        assertThat(facts.replace(stale.withVersion(2), 1)).as("a write based on the read before the clear").isFalse();
        assertThat(facts.pendingTokens(List.of("t-1"))).isEmpty();
    }

    private void assertExact(int tickets) {
        KpiReader reader = new KpiReader(buckets, KpiFixture.KEEP_ALL, clock);
        Summary summary = reader.summary(FactFilter.ALL, new TimeWindow(at(0), at(3_600))).block();
        assertThat(summary.created()).isEqualTo(tickets);
        assertThat(summary.solved()).isEqualTo(tickets);
        assertThat(summary.backlog()).isZero();
        assertThat(summary.resolutionTime().p99()).isEqualTo(600.0);
        Summary billing = reader.summary(new FactFilter("billing", null, null, null, null),
                new TimeWindow(at(0), at(86_400))).block();
        assertThat(billing.created()).isEqualTo(tickets);
    }

    private long createdCount() {
        return new KpiReader(buckets, KpiFixture.KEEP_ALL, clock)
                .summary(FactFilter.ALL, new TimeWindow(at(0), at(3_600))).block().created();
    }

    private List<String> tokens(BucketLevel level, String id) {
        Document bucket = Mono.from(buckets.collection(level).find(new Document("_id", id)).first()).block();
        return bucket == null ? List.of() : bucket.getList(BucketDocuments.APPLIED, String.class, List.of());
    }

    private List<String> allTokens() {
        List<String> all = new ArrayList<>();
        for (BucketLevel level : BucketLevel.values()) {
            Flux.from(buckets.collection(level).find()).toIterable().forEach(bucket ->
                    all.addAll(bucket.getList(BucketDocuments.APPLIED, String.class, List.of())));
        }
        return all;
    }

    private long retired() {
        return Mono.from(buckets.retired().countDocuments()).block();
    }

    private static PendingDelta wholeTicket(TicketFact fact) {
        return new PendingDelta(1, Contributions.difference(List.of(), Contributions.of(fact)));
    }

    /** Owners whose deltas are cleared unless listed as pending. */
    private static final class Cleared implements FactStore {
        final Set<String> pending = new HashSet<>();

        @Override
        public java.util.Optional<TicketFact> find(String ticketId) {
            return java.util.Optional.empty();
        }

        @Override
        public boolean insert(TicketFact fact) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean replace(TicketFact fact, long expectedVersion) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void clearPending(String ticketId, List<Long> versions) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Set<String> pendingTokens(Collection<String> ticketIds) {
            return Set.copyOf(pending);
        }
    }
}
