package dev.switchboard.sla.timer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntUnaryOperator;

/**
 * Ties the timer to the {@code tickets.events} partitions this instance is assigned: on assignment it loads the open
 * clocks of the partition from the database and holds their deadlines until the consumer has read up to the end
 * offset seen at assignment, so that a reply still waiting in the partition is applied before a deadline that
 * passed while nobody owned it fires (catch-up). On revocation it drops them. Between the two, nothing is read from
 * the database for the timer's sake.
 */
public final class PartitionTimers {

    private static final System.Logger LOG = System.getLogger(PartitionTimers.class.getName());

    private final DeadlineScheduler scheduler;
    private final IntUnaryOperator loader;
    /** Partitions still catching up: the end offset the consumer must reach before their deadlines fire. */
    private final Map<Integer, Long> catchingUp = new ConcurrentHashMap<>();

    /** {@code loader} tracks the open clocks of a partition on the scheduler and returns how many tickets. */
    public PartitionTimers(DeadlineScheduler scheduler, IntUnaryOperator loader) {
        this.scheduler = scheduler;
        this.loader = loader;
    }

    /**
     * The partition was assigned with the consumer at {@code position} and the log ending at {@code endOffset}.
     * Called on the consumer thread before it reads from the partition.
     */
    public void assigned(int partition, long position, long endOffset) {
        scheduler.own(partition);
        int loaded = loader.applyAsInt(partition);
        if (position >= endOffset) {
            catchingUp.remove(partition);
            scheduler.release(partition);
        } else {
            catchingUp.put(partition, endOffset);
        }
        LOG.log(System.Logger.Level.INFO, "tickets.events-{0}: {1} tickets with open clocks loaded, {2} records "
                + "to catch up on before their deadlines fire", partition, loaded, Math.max(0, endOffset - position));
    }

    /** The consumer is done with the record at {@code offset} (applied, skipped or sent to the DLQ). */
    public void handled(int partition, long offset) {
        Long end = catchingUp.get(partition);
        if (end != null && offset + 1 >= end && catchingUp.remove(partition, end)) {
            scheduler.release(partition);
        }
    }

    public void revoked(int partition) {
        catchingUp.remove(partition);
        int dropped = scheduler.drop(partition);
        LOG.log(System.Logger.Level.INFO, "tickets.events-{0} revoked: {1} tickets dropped from the timer",
                partition, dropped);
    }

    public boolean catchingUp(int partition) {
        return catchingUp.containsKey(partition);
    }
}
