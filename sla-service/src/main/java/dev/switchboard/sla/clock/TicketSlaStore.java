package dev.switchboard.sla.clock;

import java.util.List;
import java.util.Optional;

/** One record per ticket: its clocks and the ids of the ticket events applied, written together. */
public interface TicketSlaStore {

    Optional<TicketSla> find(String ticketId);

    /**
     * Writes the ticket's clocks if nobody else wrote them since they were read (optimistic, on the version) and
     * advances {@link TicketSla#version()}.
     *
     * @return false if another writer came first; the caller reads again and retries
     */
    boolean save(TicketSla sla);

    /** Tickets of a {@code tickets.events} partition with at least one open clock, for the timer of its owner. */
    List<TicketSla> findOpen(int partition);

    List<Escalation> escalations(boolean openOnly);
}
