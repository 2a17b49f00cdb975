package dev.switchboard.sla.clock;

import java.time.Instant;

/** Where the next deadline of a ticket's clocks is kept until it is due (the timer). */
public interface DeadlineSchedule {

    /** Replaces any deadline already kept for the ticket. */
    void schedule(String ticketId, Instant at);

    void cancel(String ticketId);
}
