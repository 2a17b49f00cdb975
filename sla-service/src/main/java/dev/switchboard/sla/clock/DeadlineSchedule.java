package dev.switchboard.sla.clock;

import java.time.Instant;

/** Where the open clocks of a ticket wait for their next deadline (the timer). */
public interface DeadlineSchedule {

    /**
     * The ticket still has open clocks: replaces what was kept for it. {@code next} is null while none of them runs
     * (all paused); {@code openClocks} is their {@link OpenClockSummary}. {@code partition} is the
     * {@code tickets.events} partition of the ticket: only the instance that owns it keeps the ticket.
     */
    void track(String ticketId, int partition, Instant next, short openClocks);

    /** The ticket has no open clock left. */
    void forget(String ticketId);
}
