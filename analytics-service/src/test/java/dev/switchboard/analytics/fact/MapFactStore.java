package dev.switchboard.analytics.fact;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The fact store's contract in a map: versioned writes, pending deltas cleared by version (which increments it). */
public final class MapFactStore implements FactStore {

    private final Map<String, TicketFact> facts = new ConcurrentHashMap<>();

    @Override
    public Optional<TicketFact> find(String ticketId) {
        return Optional.ofNullable(facts.get(ticketId));
    }

    @Override
    public boolean insert(TicketFact fact) {
        return facts.putIfAbsent(fact.ticketId(), fact) == null;
    }

    @Override
    public synchronized boolean replace(TicketFact fact, long expectedVersion) {
        TicketFact stored = facts.get(fact.ticketId());
        if (stored == null || stored.version() != expectedVersion) {
            return false;
        }
        facts.put(fact.ticketId(), fact);
        return true;
    }

    @Override
    public synchronized void clearPending(String ticketId, List<Long> versions) {
        facts.computeIfPresent(ticketId, (id, stored) -> stored.withoutPendingDeltas(versions));
    }
}
