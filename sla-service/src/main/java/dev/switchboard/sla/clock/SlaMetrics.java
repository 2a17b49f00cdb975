package dev.switchboard.sla.clock;

import dev.switchboard.sla.policy.TicketProfile;

import java.time.Duration;
import java.util.List;

public interface SlaMetrics {

    SlaMetrics NONE = new SlaMetrics() {
    };

    /** Events that are now durable, for the warning, breach and achievement counters (by metric, team, priority). */
    default void raised(List<SlaEvent> events, TicketProfile ticket) {
    }

    /** How long after its deadline the timer fired. */
    default void fireLateness(Duration lateness) {
    }
}
