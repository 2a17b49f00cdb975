package dev.switchboard.analytics.fact;

import java.util.Map;
import java.util.Optional;

/**
 * Applies one event to the fact of its ticket: read, apply in plain Java, conditional write, and again from the read
 * when another writer changed the fact in between. The event's id is stored in the same document as its effect, so a
 * redelivered or replayed event is recognised and changes nothing.
 * <p>
 * The time buckets are kept in step through an outbox in the fact itself: the version that changes the ticket's
 * {@link Contributions} carries the difference as a {@link PendingDelta}, written atomically with the event id; it is
 * then added to the buckets (idempotently, by its token) and cleared. Whoever finds a pending delta (this writer, a
 * concurrent one, or the redelivery after a crash) applies it, so none is lost and none counts twice.
 */
public final class FactRecorder {

    private final FactStore store;
    private final BucketWriter buckets;
    private final TicketFactApplier applier;
    private final FactChangeListener listener;
    private final int maxAttempts;

    public FactRecorder(FactStore store, BucketWriter buckets, TicketFactApplier applier, FactChangeListener listener,
                        int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.store = store;
        this.buckets = buckets;
        this.applier = applier;
        this.listener = listener;
        this.maxAttempts = maxAttempts;
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
            Optional<TicketFact> stored = store.find(ticketId.get());
            TicketFact current = stored.orElseGet(() -> TicketFact.empty(ticketId.get()));
            FactUpdate update = applier.apply(current, eventId, event);
            if (!update.changed()) {
                // a redelivery after a crash between the fact's write and the buckets' update finishes the latter
                flushPendingDeltas(current);
                return false;
            }
            long version = current.version() + 1;
            TicketFact.Builder nextBuilder = update.fact().toBuilder().version(version);
            Map<Contribution, Long> delta = Contributions.difference(Contributions.of(current),
                    Contributions.of(update.fact()));
            if (!delta.isEmpty()) {
                nextBuilder.addPendingDelta(new PendingDelta(version, delta));
            }
            TicketFact next = nextBuilder.build();
            boolean written = stored.isPresent() ? store.replace(next, current.version()) : store.insert(next);
            if (written) {
                flushPendingDeltas(next);
                listener.onChanges(update.changes());
                return true;
            }
        }
        throw new ConcurrentFactUpdateException(ticketId.get(), maxAttempts);
    }

    private void flushPendingDeltas(TicketFact fact) {
        if (fact.pendingDeltas().isEmpty()) {
            return;
        }
        fact.pendingDeltas().forEach(delta -> buckets.apply(delta.token(fact.ticketId()), delta));
        store.clearPending(fact.ticketId(), fact.pendingDeltas().stream().map(PendingDelta::version).toList());
    }

    /** Every attempt lost a race; worth retrying later, unlike an unreadable event. */
    public static final class ConcurrentFactUpdateException extends RuntimeException {

        ConcurrentFactUpdateException(String ticketId, int attempts) {
            super("Fact of ticket " + ticketId + " changed concurrently on each of " + attempts + " attempts");
        }
    }
}
