package dev.switchboard.routing.assignment;

import dev.switchboard.events.ticket.CustomerTier;

import java.util.Comparator;

/** The order in which waiting tickets are served: URGENT first, then VIP customers, then the oldest. */
final class QueueOrder {

    static final Comparator<Ticket> SERVE_FIRST = Comparator
            .comparing((Ticket t) -> t.priority, Comparator.reverseOrder())
            .thenComparing(t -> t.customerTier == CustomerTier.VIP ? 0 : 1)
            .thenComparing(t -> t.createdAt)
            .thenComparing(t -> t.id);

    private QueueOrder() {
    }
}
