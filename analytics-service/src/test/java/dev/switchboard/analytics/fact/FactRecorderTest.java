package dev.switchboard.analytics.fact;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.switchboard.analytics.fact.TicketEvents.at;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.publicReply;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactRecorderTest {

    private final InMemoryFactStore store = new InMemoryFactStore();
    private final List<FactChange> heard = new ArrayList<>();
    private final FactRecorder recorder = new FactRecorder(store, new TicketFactApplier(), heard::addAll, 3);

    @Test
    void shouldStoreANewFactWithVersionOne() {
        boolean recorded = recorder.record("t-1:created", created("t-1", at(0)));

        assertThat(recorded).isTrue();
        assertThat(store.find("t-1")).get().satisfies(fact -> {
            assertThat(fact.version()).isEqualTo(1);
            assertThat(fact.appliedEventIds()).containsExactly("t-1:created");
        });
        assertThat(heard).hasSize(1);
    }

    @Test
    void shouldIgnoreAnEventItAlreadyStored() {
        recorder.record("t-1:created", created("t-1", at(0)));

        boolean recordedAgain = recorder.record("t-1:created", created("t-1", at(0)));

        assertThat(recordedAgain).isFalse();
        assertThat(store.find("t-1")).get().extracting(TicketFact::version).isEqualTo(1L);
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

    /** Versioned like the Mongo store; can be told to lose writes to a concurrent writer. */
    private static final class InMemoryFactStore implements FactStore {

        final Map<String, TicketFact> facts = new HashMap<>();
        private int writesToLose;
        private Runnable concurrentWriter = () -> { };

        void loseNextWrites(int count, Runnable concurrentWriter) {
            this.writesToLose = count;
            this.concurrentWriter = concurrentWriter;
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
            TicketFact stored = facts.get(fact.ticketId());
            if (stored == null || stored.version() != expectedVersion) {
                return false;
            }
            facts.put(fact.ticketId(), fact);
            return true;
        }
    }
}
