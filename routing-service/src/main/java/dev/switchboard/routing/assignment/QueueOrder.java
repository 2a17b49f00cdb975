package dev.switchboard.routing.assignment;

import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which waiting tickets are served: highest effective priority first, then VIP customers, then the
 * oldest. The effective priority is the ticket's priority lifted one level per {@code agingAfter} it has waited
 * in the queue (up to URGENT), so that a steady stream of urgent work cannot starve a low-priority ticket forever.
 */
final class QueueOrder {

    private static final int TOP = Priority.URGENT.ordinal();

    private QueueOrder() {
    }

    /**
     * The waiting tickets in serving order. Each ticket's effective priority is computed once, not per comparison:
     * with ten thousand waiting tickets the comparisons would otherwise dominate a decision.
     */
    static List<Ticket> sorted(Collection<Ticket> waiting, Instant now, Duration agingAfter) {
        record Keyed(Ticket ticket, int priority, int vip) {
        }
        return waiting.stream()
                .map(t -> new Keyed(t, effectivePriority(t, now, agingAfter), t.customerTier == CustomerTier.VIP ? 0 : 1))
                .sorted(Comparator.comparingInt(Keyed::priority).reversed()
                        .thenComparingInt(Keyed::vip)
                        .thenComparing(k -> k.ticket().createdAt)
                        .thenComparing(k -> k.ticket().id))
                .map(Keyed::ticket)
                .toList();
    }

    static int effectivePriority(Ticket ticket, Instant now, Duration agingAfter) {
        long waited = Math.max(0, Duration.between(ticket.queuedAt, now).toMillis());
        long lift = waited / agingAfter.toMillis();
        return (int) Math.min(TOP, ticket.priority.ordinal() + lift);
    }
}
