package dev.switchboard.analytics.fact;

import java.util.List;

/** The result of applying an event: the new fact and what it newly established, or the old fact unchanged. */
public record FactUpdate(TicketFact fact, boolean changed, List<FactChange> changes) {

    public FactUpdate {
        changes = List.copyOf(changes);
    }

    static FactUpdate unchanged(TicketFact fact) {
        return new FactUpdate(fact, false, List.of());
    }
}
