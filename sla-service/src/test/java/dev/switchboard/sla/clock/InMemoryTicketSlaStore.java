package dev.switchboard.sla.clock;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps snapshots, as the Mongo store does, so that every read yields a fresh aggregate. */
public final class InMemoryTicketSlaStore implements TicketSlaStore {

    private final Map<String, TicketSlaSnapshot> snapshots = new ConcurrentHashMap<>();
    private final Map<String, Long> versions = new ConcurrentHashMap<>();

    @Override
    public Optional<TicketSla> find(String ticketId) {
        return Optional.ofNullable(snapshots.get(ticketId)).map(s -> {
            TicketSla sla = TicketSla.restore(s);
            sla.version(versions.get(ticketId));
            return sla;
        });
    }

    @Override
    public synchronized boolean save(TicketSla sla) {
        if (versions.getOrDefault(sla.ticketId(), 0L) != sla.version()) {
            return false;
        }
        sla.version(sla.version() + 1);
        versions.put(sla.ticketId(), sla.version());
        snapshots.put(sla.ticketId(), sla.snapshot());
        return true;
    }

    @Override
    public List<TicketSla> findOpen(int partition) {
        return snapshots.keySet().stream().map(id -> find(id).orElseThrow())
                .filter(sla -> sla.hasOpenClocks() && sla.partition().equals(Optional.of(partition))).toList();
    }

    @Override
    public List<Escalation> escalations(boolean openOnly) {
        return snapshots.values().stream().flatMap(s -> s.escalations().stream())
                .filter(e -> !openOnly || e.open()).toList();
    }
}
