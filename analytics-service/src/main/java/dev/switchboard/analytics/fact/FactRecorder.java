package dev.switchboard.analytics.fact;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies one event to the fact of its ticket: read, apply in plain Java, conditional write, and again from the read
 * when another writer changed the fact in between. The event's id is stored in the same document as its effect, so a
 * redelivered or replayed event is recognised and changes nothing.
 * <p>
 * The time buckets are kept in step through an outbox in the fact itself: the version that changes the ticket's
 * {@link Contributions} carries the difference as a {@link PendingDelta}, written atomically with the event id; it is
 * then added to the buckets (idempotently, by its token) and cleared. Whoever finds a pending delta (this writer, a
 * concurrent one, or the redelivery after a crash) applies it, so none is lost and none counts twice.
 * <p>
 * Tokens do not stay in the buckets forever (the all-time bucket would outgrow MongoDB's document limit): a delta is
 * {@linkplain BucketWriter#retire retired} before it is cleared, and its tokens are pruned a while after the clear.
 * Two rules keep that exact: the clear increments the fact's version (a writer that read the delta before the clear
 * loses its conditional write, so a cleared delta is never written back), and every bucket write carries the moment
 * its delta was read, which a bucket that pruned tokens refuses when it is older than its fence (so a copy read before
 * the clear can never be added again): then the fact is read again.
 */
public final class FactRecorder {

    private final FactStore store;
    private final BucketWriter buckets;
    private final TicketFactApplier applier;
    private final FactChangeListener listener;
    private final int maxAttempts;
    private final Clock clock;
    private final HandlingSink handling;

    public FactRecorder(FactStore store, BucketWriter buckets, TicketFactApplier applier, FactChangeListener listener,
                        int maxAttempts, Clock clock) {
        this(store, buckets, applier, listener, maxAttempts, clock, HandlingSink.NONE);
    }

    /** @param handling told each agent's handling intervals of a ticket whenever a fact version changed them */
    public FactRecorder(FactStore store, BucketWriter buckets, TicketFactApplier applier, FactChangeListener listener,
                        int maxAttempts, Clock clock, HandlingSink handling) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.store = store;
        this.buckets = buckets;
        this.applier = applier;
        this.listener = listener;
        this.maxAttempts = maxAttempts;
        this.clock = clock;
        this.handling = handling;
    }

    /**
     * @return true when the event changed a fact; false when it was applied before or no KPI depends on it
     * @throws ConcurrentFactUpdateException when every attempt lost against another writer
     */
    public boolean record(String eventId, Object event) {
        Optional<String> ticketId = applier.ticketIdOf(event);
        if (ticketId.isEmpty()) {
            return false;
        }
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            // taken before the read: the fact read can only be newer than this moment
            Instant readAt = clock.instant();
            Optional<TicketFact> stored = store.find(ticketId.get());
            TicketFact current = stored.orElseGet(() -> TicketFact.empty(ticketId.get()));
            FactUpdate update = applier.apply(current, eventId, event);
            if (!update.changed()) {
                // a redelivery after a crash between the fact's write and the buckets' update finishes the latter
                if (flushPendingDeltas(current, readAt)) {
                    return false;
                }
                continue;
            }
            long version = current.version() + 1;
            TicketFact.Builder nextBuilder = update.fact().toBuilder().version(version);
            Map<Contribution, Long> delta = Contributions.difference(Contributions.of(current),
                    Contributions.of(update.fact()));
            Set<String> agents = agentsWithOtherIntervals(current, update.fact());
            if (!delta.isEmpty() || !agents.isEmpty()) {
                nextBuilder.addPendingDelta(new PendingDelta(version, delta, agents));
            }
            TicketFact next = nextBuilder.build();
            boolean written = stored.isPresent() ? store.replace(next, current.version()) : store.insert(next);
            if (written) {
                if (!flushPendingDeltas(next, readAt)) {
                    flushFromAFreshRead(ticketId.get());
                }
                listener.onChanges(update.changes());
                return true;
            }
        }
        throw new ConcurrentFactUpdateException(ticketId.get(), maxAttempts);
    }

    private void flushFromAFreshRead(String ticketId) {
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            Instant readAt = clock.instant();
            Optional<TicketFact> fact = store.find(ticketId);
            if (fact.isEmpty() || flushPendingDeltas(fact.get(), readAt)) {
                return;
            }
        }
        throw new ConcurrentFactUpdateException(ticketId, maxAttempts);
    }

    /** @return false when a bucket refused a delta as read before its fence: read the fact again */
    private boolean flushPendingDeltas(TicketFact fact, Instant readAt) {
        if (fact.pendingDeltas().isEmpty()) {
            return true;
        }
        try {
            fact.pendingDeltas().forEach(delta -> buckets.apply(delta.token(fact.ticketId()), delta, readAt));
        } catch (StaleDeltaException e) {
            return false;
        }
        Set<String> agents = new TreeSet<>();
        fact.pendingDeltas().forEach(delta -> agents.addAll(delta.agents()));
        if (!agents.isEmpty()) {
            Map<String, List<HandlingInterval>> intervals = fact.handlingIntervals();
            agents.forEach(agent -> handling.handled(agent, fact.ticketId(), fact.version(),
                    intervals.getOrDefault(agent, List.of())));
        }
        fact.pendingDeltas().forEach(delta -> buckets.retire(fact.ticketId(), delta.token(fact.ticketId()), delta));
        store.clearPending(fact.ticketId(), fact.pendingDeltas().stream().map(PendingDelta::version).toList());
        return true;
    }

    private static Set<String> agentsWithOtherIntervals(TicketFact before, TicketFact after) {
        Map<String, List<HandlingInterval>> old = before.handlingIntervals();
        Map<String, List<HandlingInterval>> now = after.handlingIntervals();
        Set<String> agents = new TreeSet<>(old.keySet());
        agents.addAll(now.keySet());
        agents.removeIf(agent -> Objects.equals(old.get(agent), now.get(agent)));
        return agents;
    }

    /** Every attempt lost a race; worth retrying later, unlike an unreadable event. */
    public static final class ConcurrentFactUpdateException extends RuntimeException {

        ConcurrentFactUpdateException(String ticketId, int attempts) {
            super("Fact of ticket " + ticketId + " changed concurrently on each of " + attempts + " attempts");
        }
    }
}
