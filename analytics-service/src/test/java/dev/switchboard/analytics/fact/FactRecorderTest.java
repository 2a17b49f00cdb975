package dev.switchboard.analytics.fact;

import dev.switchboard.analytics.kpi.FactFilter;
import dev.switchboard.analytics.kpi.InMemoryBuckets;
import dev.switchboard.analytics.kpi.KpiFixture;
import dev.switchboard.analytics.kpi.Summary;
import dev.switchboard.analytics.kpi.TimeWindow;
import dev.switchboard.analytics.kpi.query.KpiReader;
import org.junit.jupiter.api.Test;

import dev.switchboard.analytics.kpi.MutableClock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.switchboard.analytics.fact.TicketEvents.at;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.publicReply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactRecorderTest {

    private static final TimeWindow HOUR = new TimeWindow(at(0), at(3600));
    private static final Clock CLOCK = Clock.fixed(at(7_200), ZoneOffset.UTC);

    private final InMemoryFactStore store = new InMemoryFactStore();
    private final List<FactChange> heard = new ArrayList<>();
    private final InMemoryBuckets buckets = new InMemoryBuckets();
    private final FactRecorder recorder = new FactRecorder(store, buckets, new TicketFactApplier(), heard::addAll, 3,
            CLOCK);

    @Test
    void shouldStoreANewFactWithVersionOneAndIncrementItWhenItsDeltaIsCleared() {
        boolean recorded = recorder.record("t-1:created", created("t-1", at(0)));

        assertThat(recorded).isTrue();
        assertThat(store.find("t-1")).get().satisfies(fact -> {
            assertThat(fact.version()).isEqualTo(2);
            assertThat(fact.appliedEventIds()).containsExactly("t-1:created");
        });
        assertThat(heard).hasSize(1);
    }

    @Test
    void shouldIgnoreAnEventItAlreadyStored() {
        recorder.record("t-1:created", created("t-1", at(0)));

        boolean recordedAgain = recorder.record("t-1:created", created("t-1", at(0)));

        assertThat(recordedAgain).isFalse();
        assertThat(store.find("t-1")).get().extracting(TicketFact::version).isEqualTo(2L);
        assertThat(heard).hasSize(1);
    }

    @Test
    void shouldReadAgainAndReapplyWhenAnotherWriterCameFirst() {
        recorder.record("t-1:created", created("t-1", at(0)));
        store.loseNextWrites(1, () -> store.facts.put("t-1",
                new TicketFactApplier().apply(store.facts.get("t-1"), "other", publicReply("t-1", "a", at(5)))
                        .fact().withVersion(2)));

        boolean recorded = recorder.record("mine", publicReply("t-1", "b", at(9)));

        assertThat(recorded).isTrue();
        TicketFact fact = store.find("t-1").orElseThrow();
        assertThat(fact.version()).isEqualTo(3);
        assertThat(fact.appliedEventIds()).containsExactly("t-1:created", "other", "mine");
        assertThat(fact.publicReplies()).isEqualTo(2);
    }

    @Test
    void shouldGiveUpAfterTheLastAttemptLost() {
        recorder.record("t-1:created", created("t-1", at(0)));
        store.loseNextWrites(3, () -> { });

        assertThatThrownBy(() -> recorder.record("mine", publicReply("t-1", "b", at(9))))
                .isInstanceOf(FactRecorder.ConcurrentFactUpdateException.class);
        assertThat(heard).hasSize(1);
    }

    @Test
    void shouldStoreNothingForAnEventNoKpiDependsOn() {
        boolean recorded = recorder.record("m", new dev.switchboard.events.ticket.CustomerMessageReceived("t-1", "hi",
                at(1)));

        assertThat(recorded).isFalse();
        assertThat(store.facts).isEmpty();
    }

    @Test
    void shouldPutTheContributionsInTheBucketsAndClearTheOutbox() {
        recorder.record("t-1:created", created("t-1", at(0)));
        recorder.record("r", publicReply("t-1", "a", at(90)));

        Summary summary = KpiFixture.reader(buckets, at(3600)).summary(FactFilter.ALL, HOUR).block();

        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.firstReplyTime().p50()).isEqualTo(90.0);
        assertThat(store.find("t-1")).get().extracting(TicketFact::pendingDeltas).asInstanceOf(LIST).isEmpty();
    }

    @Test
    void shouldFinishTheBucketsOnRedeliveryAfterACrashBetweenFactAndBuckets() {
        FactRecorder crashing = new FactRecorder(store, (token, delta, readAt) -> {
            throw new IllegalStateException("crash");
        }, new TicketFactApplier(), heard::addAll, 3, CLOCK);
        assertThatThrownBy(() -> crashing.record("t-1:created", created("t-1", at(0))))
                .isInstanceOf(IllegalStateException.class);
        assertThat(store.find("t-1")).get().extracting(TicketFact::pendingDeltas).asInstanceOf(LIST).hasSize(1);

        boolean recordedAgain = recorder.record("t-1:created", created("t-1", at(0)));
        recorder.record("t-1:created", created("t-1", at(0)));

        assertThat(recordedAgain).isFalse();
        assertThat(KpiFixture.reader(buckets, at(3600)).summary(FactFilter.ALL, HOUR).block().created()).isEqualTo(1);
        assertThat(store.find("t-1")).get().extracting(TicketFact::pendingDeltas).asInstanceOf(LIST).isEmpty();
    }

    @Test
    void shouldNotCountTwiceWhenTheBucketsGotADeltaWhoseClearingWasLost() {
        store.ignoreClears = true;
        recorder.record("t-1:created", created("t-1", at(0)));
        store.ignoreClears = false;

        recorder.record("r", publicReply("t-1", "a", at(90)));

        Summary summary = KpiFixture.reader(buckets, at(3600)).summary(FactFilter.ALL, HOUR).block();
        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.backlog()).isEqualTo(1);
    }

    @Test
    void shouldMoveATicketsFiguresToItsNewAgentOnReassignment() {
        recorder.record("t-1:created", created("t-1", at(0)));
        recorder.record("as1", TicketEvents.assigned("t-1", "ann", 1000, at(10)));
        recorder.record("as2", TicketEvents.assigned("t-1", "bob", 1000, at(20)));

        KpiReader reader = KpiFixture.reader(buckets, at(3600));
        assertThat(reader.summary(new FactFilter(null, "ann", null, null, null), HOUR).block().created()).isZero();
        assertThat(reader.summary(new FactFilter(null, "bob", null, null, null), HOUR).block().created())
                .isEqualTo(1);
        assertThat(reader.summary(FactFilter.ALL, HOUR).block().created()).isEqualTo(1);
    }

    @Test
    void shouldReadTheFactAgainWhenABucketRefusesACopyReadBeforeItsFence() {
        MutableClock clock = new MutableClock(at(7_200));
        FencedOnce fenced = new FencedOnce(clock);
        FactRecorder recorder = new FactRecorder(store, fenced, new TicketFactApplier(), heard::addAll, 3, clock);

        boolean recorded = recorder.record("t-1:created", created("t-1", at(0)));

        assertThat(recorded).isTrue();
        assertThat(fenced.reads).as("the refused copy's read, then the fresh read's").containsExactly(at(7_200),
                at(7_260));
        assertThat(KpiFixture.reader(buckets, at(3600)).summary(FactFilter.ALL, HOUR).block().created()).isEqualTo(1);
        assertThat(store.find("t-1")).get().satisfies(fact -> {
            assertThat(fact.pendingDeltas()).isEmpty();
            assertThat(fact.version()).as("written once, cleared once").isEqualTo(2);
        });
        assertThat(heard).hasSize(1);
    }

    @Test
    void shouldFinishARedeliveredFlushFromAFreshReadWhenABucketRefusedTheFirstCopy() {
        store.ignoreClears = true;
        recorder.record("t-1:created", created("t-1", at(0)));
        store.ignoreClears = false;
        MutableClock clock = new MutableClock(at(7_200));
        FencedOnce fenced = new FencedOnce(clock);
        FactRecorder redelivered = new FactRecorder(store, fenced, new TicketFactApplier(), heard::addAll, 3, clock);

        boolean recorded = redelivered.record("t-1:created", created("t-1", at(0)));

        assertThat(recorded).isFalse();
        assertThat(fenced.reads).hasSize(2);
        assertThat(KpiFixture.reader(buckets, at(3600)).summary(FactFilter.ALL, HOUR).block().created()).isEqualTo(1);
        assertThat(store.find("t-1")).get().extracting(TicketFact::pendingDeltas).asInstanceOf(LIST).isEmpty();
    }

    @Test
    void shouldNotWriteAClearedDeltaBackWhenAWriterReadTheFactBeforeTheClear() {
        List<String> applied = new ArrayList<>();
        FactRecorder recording = new FactRecorder(store, (token, delta, readAt) -> {
            applied.add(token);
            buckets.apply(token, delta, readAt);
        }, new TicketFactApplier(), heard::addAll, 3, CLOCK);
        store.ignoreClears = true;
        recording.record("t-1:created", created("t-1", at(0)));
        store.ignoreClears = false;
        // another consumer's redelivery flushes and clears the delta while this writer still holds its read
        store.beforeNextWrite(() -> recording.record("t-1:created", created("t-1", at(0))));

        recording.record("r", publicReply("t-1", "a", at(90)));

        // t-1@1 twice (first write, redelivery), never a third time from the stale read; the clear made version 2
        assertThat(applied).containsExactly("t-1@1", "t-1@1", "t-1@3");
        assertThat(store.find("t-1")).get().satisfies(fact -> {
            assertThat(fact.pendingDeltas()).isEmpty();
            assertThat(fact.appliedEventIds()).containsExactly("t-1:created", "r");
        });
        assertThat(KpiFixture.reader(buckets, at(3600)).summary(FactFilter.ALL, HOUR).block().created()).isEqualTo(1);
    }

    /** Refuses the first delta as read before its fence (time moves on meanwhile), then adds like the buckets. */
    private final class FencedOnce implements BucketWriter {
        final List<Instant> reads = new ArrayList<>();
        private final MutableClock clock;
        private boolean refused;

        FencedOnce(MutableClock clock) {
            this.clock = clock;
        }

        @Override
        public void apply(String token, PendingDelta delta, Instant readAt) {
            reads.add(readAt);
            if (!refused) {
                refused = true;
                clock.advance(Duration.ofMinutes(1));
                throw new StaleDeltaException(token);
            }
            buckets.apply(token, delta, readAt);
        }
    }

    /** Versioned like the Mongo store; can be told to lose writes to a concurrent writer. */
    private static final class InMemoryFactStore implements FactStore {

        final Map<String, TicketFact> facts = new HashMap<>();
        private int writesToLose;
        boolean ignoreClears;
        private Runnable concurrentWriter = () -> { };
        private Runnable interleaved = () -> { };

        void loseNextWrites(int count, Runnable concurrentWriter) {
            this.writesToLose = count;
            this.concurrentWriter = concurrentWriter;
        }

        /** Runs another writer between the next write's read and the write, which then checks its version. */
        void beforeNextWrite(Runnable concurrentWriter) {
            this.interleaved = concurrentWriter;
        }

        @Override
        public Optional<TicketFact> find(String ticketId) {
            return Optional.ofNullable(facts.get(ticketId));
        }

        @Override
        public boolean insert(TicketFact fact) {
            return facts.putIfAbsent(fact.ticketId(), fact) == null;
        }

        @Override
        public boolean replace(TicketFact fact, long expectedVersion) {
            if (writesToLose > 0) {
                writesToLose--;
                concurrentWriter.run();
                concurrentWriter = () -> { };
                return false;
            }
            Runnable before = interleaved;
            interleaved = () -> { };
            before.run();
            TicketFact stored = facts.get(fact.ticketId());
            if (stored == null || stored.version() != expectedVersion) {
                return false;
            }
            facts.put(fact.ticketId(), fact);
            return true;
        }

        @Override
        public void clearPending(String ticketId, List<Long> versions) {
            if (ignoreClears) {
                return;
            }
            TicketFact stored = facts.get(ticketId);
            TicketFact kept = stored.withoutPendingDeltas(versions);
            facts.put(ticketId, kept);
        }
    }
}
