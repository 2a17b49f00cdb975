package dev.switchboard.analytics.fact;

import java.util.Optional;

/**
 * Applies one event to the fact of its ticket: read, apply in plain Java, conditional write, and again from the read
 * when another writer changed the fact in between. The event's id is stored in the same document as its effect, so a
 * redelivered or replayed event is recognised and changes nothing.
 */
public final class FactRecorder {

    private final FactStore store;
    private final TicketFactApplier applier;
    private final FactChangeListener listener;
    private final int maxAttempts;

    public FactRecorder(FactStore store, TicketFactApplier applier, FactChangeListener listener, int maxAttempts) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
        this.store = store;
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
                return false;
            }
            TicketFact next = update.fact().withVersion(current.version() + 1);
            boolean written = stored.isPresent() ? store.replace(next, current.version()) : store.insert(next);
            if (written) {
                listener.onChanges(update.changes());
                return true;
            }
        }
        throw new ConcurrentFactUpdateException(ticketId.get(), maxAttempts);
    }

    /** Every attempt lost a race; worth retrying later, unlike an unreadable event. */
    public static final class ConcurrentFactUpdateException extends RuntimeException {

        ConcurrentFactUpdateException(String ticketId, int attempts) {
            super("Fact of ticket " + ticketId + " changed concurrently on each of " + attempts + " attempts");
        }
    }
}
