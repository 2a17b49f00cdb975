package dev.switchboard.routing.assignment;

import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The order in which waiting tickets are served: highest effective priority first, then VIP customers, then the
 * oldest. The effective priority is the ticket's priority lifted one level per {@code agingAfter} it has waited
 * in the queue (up to URGENT), so that a steady stream of urgent work cannot starve a low-priority ticket forever.
 */
final class QueueOrder {

    private static final int TOP = Priority.URGENT.ordinal();

    private QueueOrder() {
    }

    /** A ticket with its sort key computed once for one decision. */
    private record Keyed(Ticket ticket, int priority, int vip, Instant createdAt) implements Comparable<Keyed> {

        @Override
        public int compareTo(Keyed other) {
            if (priority != other.priority) {
                return Integer.compare(other.priority, priority);
            }
            if (vip != other.vip) {
                return Integer.compare(vip, other.vip);
            }
            int age = createdAt.compareTo(other.createdAt);
            return age != 0 ? age : ticket.id.compareTo(other.ticket.id);
        }
    }

    /** Every waiting ticket in serving order: what the routing cycle walks through. */
    static List<Ticket> sorted(Collection<Ticket> waiting, Instant now, Duration agingAfter) {
        List<Keyed> keyed = keyed(waiting, now, agingAfter);
        keyed.sort(null);
        return keyed.stream().map(Keyed::ticket).toList();
    }

    /**
     * The waiting tickets in serving order, sorted lazily: a freed agent usually takes one of the first few tickets it
     * fits, so heaping the queue (linear) and taking tickets off the top beats sorting ten thousand of them per
     * decision. Each ticket's effective priority is computed once, not per comparison.
     */
    static Iterator<Ticket> inOrder(Collection<Ticket> waiting, Instant now, Duration agingAfter) {
        PriorityQueue<Keyed> heap = new PriorityQueue<>(keyed(waiting, now, agingAfter));
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heap.isEmpty();
            }

            @Override
            public Ticket next() {
                return heap.remove().ticket();
            }
        };
    }

    private static List<Keyed> keyed(Collection<Ticket> waiting, Instant now, Duration agingAfter) {
        long nowMillis = now.toEpochMilli();
        long agingMillis = agingAfter.toMillis();
        List<Keyed> keyed = new ArrayList<>(waiting.size());
        for (Ticket ticket : waiting) {
            keyed.add(new Keyed(ticket, effectivePriority(ticket, nowMillis, agingMillis),
                    ticket.customerTier == CustomerTier.VIP ? 0 : 1, ticket.createdAt));
        }
        return keyed;
    }

    static int effectivePriority(Ticket ticket, Instant now, Duration agingAfter) {
        return effectivePriority(ticket, now.toEpochMilli(), agingAfter.toMillis());
    }

    private static int effectivePriority(Ticket ticket, long nowMillis, long agingMillis) {
        long waited = Math.max(0, nowMillis - ticket.queuedAt.toEpochMilli());
        long lift = waited / agingMillis;
        return (int) Math.min(TOP, ticket.priority.ordinal() + lift);
    }
}
