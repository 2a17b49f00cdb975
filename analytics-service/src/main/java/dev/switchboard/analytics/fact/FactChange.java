package dev.switchboard.analytics.fact;

import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Priority;

import java.time.Duration;

/**
 * What applying one event newly established about a ticket, raised once when the fact is stored (a replayed event
 * raises nothing). {@code team} and {@code priority} are null while the ticket's creation has not been seen.
 */
public sealed interface FactChange {

    String team();

    Priority priority();

    record TicketCounted(String team, Priority priority) implements FactChange {
    }

    /** {@code resolutionTime} is null while the ticket's creation has not been seen. */
    record TicketSolved(String team, Priority priority, Duration resolutionTime) implements FactChange {
    }

    record FirstReplyMeasured(String team, Priority priority, Duration firstReplyTime) implements FactChange {
    }

    record SlaBreachCounted(String team, Priority priority, SlaMetric metric) implements FactChange {
    }
}
