package dev.switchboard.sla.clock;

import dev.switchboard.events.ticket.Priority;

import java.time.Duration;
import java.util.List;

public interface SlaMetrics {

    SlaMetrics NONE = new SlaMetrics() {
    };

    /** Events that are now durable, for the warning, breach and achievement counters. */
    default void raised(List<SlaEvent> events, Priority priority) {
    }

    /** The ticket's clocks as they now stand, for the open-clocks gauge. */
    default void clocks(String ticketId, List<ClockView> clocks) {
    }

    /** How long after its deadline the timer fired. */
    default void fireLateness(Duration lateness) {
    }
}
