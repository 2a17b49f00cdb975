package dev.switchboard.sla.timer;

import dev.switchboard.sla.clock.OpenClockSummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tickets with open clocks in the partitions this instance owns: per ticket its partition, its next deadline (if
 * a clock runs) and an opaque two-byte summary of its open clocks, counted for the open-clocks gauge.
 *
 * <p>Layout, chosen so that a million open tickets fit in well under 300 heap bytes each: one {@link Entry} (40 B)
 * per ticket (the summary fits in its padding) in one {@link HashMap} (node 32 B plus table slot), and an indexed
 * binary heap per partition holding the same entries (array slot 4 B), so a new deadline moves the entry in place
 * instead of leaving a stale copy behind. Deadlines are epoch milliseconds (rounded up), not {@link Instant} objects. A partition starts <em>held</em>: its
 * deadlines are tracked but not handed out until the consumer has caught up with it ({@link #release}).
 */
public final class DeadlineIndex {

    /** A due deadline handed out by {@link #pollDue}. */
    public record Deadline(String key, int partition, Instant at) {
    }

    private static final long NONE = Long.MAX_VALUE;

    private static final class Entry {
        private final String key;
        private final int partition;
        private long due = NONE;
        private int heapIndex = -1;
        private short summary;

        private Entry(String key, int partition) {
            this.key = key;
            this.partition = partition;
        }
    }

    private static final class PartitionHeap {
        private Entry[] heap = new Entry[16];
        private int size;
        private boolean held = true;
    }

    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<Integer, PartitionHeap> partitions = new HashMap<>();
    /** How many tracked tickets have each summary (index {@link OpenClockSummary#index}). */
    private final long[] summaryCounts = new long[OpenClockSummary.VALUES];

    /** Starts owning a partition, held until {@link #release}; owning it already changes nothing. */
    public synchronized void own(int partition) {
        partitions.computeIfAbsent(partition, p -> new PartitionHeap());
    }

    /** The partition's deadlines may fire from now on. */
    public synchronized void release(int partition) {
        PartitionHeap heap = partitions.get(partition);
        if (heap != null) {
            heap.held = false;
        }
    }

    /** Forgets a partition and every ticket in it (revoked or lost: another instance fires them now). */
    public synchronized int drop(int partition) {
        if (partitions.remove(partition) == null) {
            return 0;
        }
        int before = entries.size();
        entries.values().removeIf(entry -> {
            if (entry.partition != partition) {
                return false;
            }
            summaryCounts[OpenClockSummary.index(entry.summary)]--;
            return true;
        });
        return before - entries.size();
    }

    public synchronized boolean owns(int partition) {
        return partitions.containsKey(partition);
    }

    /**
     * Tracks a ticket's open clocks: {@code due} is its next deadline or null when none runs (all paused).
     * Ignored for a partition this instance does not own.
     *
     * @return true if this is now the earliest deadline that may fire (the timer thread should wake up)
     */
    public synchronized boolean track(String key, int partition, Instant due, short summary) {
        PartitionHeap heap = partitions.get(partition);
        if (heap == null) {
            forget(key);
            return false;
        }
        Entry entry = entries.get(key);
        if (entry != null && entry.partition != partition) {
            forget(key);
            entry = null;
        }
        if (entry == null) {
            entry = new Entry(key, partition);
            entries.put(key, entry);
        } else {
            summaryCounts[OpenClockSummary.index(entry.summary)]--;
        }
        entry.summary = summary;
        summaryCounts[OpenClockSummary.index(summary)]++;
        setDue(heap, entry, due == null ? NONE : millisNotBefore(due));
        return !heap.held && entry.heapIndex == 0;
    }

    /** Moves a tracked ticket's deadline, e.g. to retry one that failed. */
    public synchronized boolean reschedule(String key, Instant due) {
        Entry entry = entries.get(key);
        PartitionHeap heap = entry == null ? null : partitions.get(entry.partition);
        if (heap == null) {
            return false;
        }
        setDue(heap, entry, millisNotBefore(due));
        return !heap.held && entry.heapIndex == 0;
    }

    /** The ticket has no open clock left. */
    public synchronized void forget(String key) {
        Entry entry = entries.remove(key);
        if (entry == null) {
            return;
        }
        summaryCounts[OpenClockSummary.index(entry.summary)]--;
        PartitionHeap heap = partitions.get(entry.partition);
        if (heap != null && entry.heapIndex >= 0) {
            removeAt(heap, entry.heapIndex);
        }
    }

    /**
     * Takes every deadline at or before {@code now} out of the released partitions, earliest first per partition.
     * The tickets stay tracked without a deadline until their handler tracks them again.
     */
    public synchronized List<Deadline> pollDue(Instant now) {
        long nowMillis = now.toEpochMilli();
        List<Deadline> due = new ArrayList<>();
        partitions.forEach((partition, heap) -> {
            while (!heap.held && heap.size > 0 && heap.heap[0].due <= nowMillis) {
                Entry entry = heap.heap[0];
                due.add(new Deadline(entry.key, partition, Instant.ofEpochMilli(entry.due)));
                removeAt(heap, 0);
                entry.due = NONE;
            }
        });
        due.sort((a, b) -> a.at().compareTo(b.at()));
        return due;
    }

    /** The earliest deadline of the released partitions. */
    public synchronized Optional<Instant> next() {
        long earliest = NONE;
        for (PartitionHeap heap : partitions.values()) {
            if (!heap.held && heap.size > 0) {
                earliest = Math.min(earliest, heap.heap[0].due);
            }
        }
        return earliest == NONE ? Optional.empty() : Optional.of(Instant.ofEpochMilli(earliest));
    }

    /** Tracked tickets (with or without a running deadline). */
    public synchronized int size() {
        return entries.size();
    }

    /** Tickets with a deadline waiting, held partitions included. */
    public synchronized int pending() {
        return partitions.values().stream().mapToInt(heap -> heap.size).sum();
    }

    /** How many tracked tickets have each summary (index {@link OpenClockSummary#index}). */
    public synchronized long[] summaryCounts() {
        return Arrays.copyOf(summaryCounts, summaryCounts.length);
    }

    /**
     * Rounded up: a deadline handed out at its millisecond floor could still lie a fraction of a millisecond ahead
     * of the handler's now, which would then find nothing due and track the same deadline again, over and over,
     * until the fraction passed (event times carry microseconds).
     */
    private static long millisNotBefore(Instant due) {
        long millis = due.toEpochMilli();
        return due.getNano() % 1_000_000 == 0 ? millis : millis + 1;
    }

    private void setDue(PartitionHeap heap, Entry entry, long due) {
        if (entry.due == due && (due == NONE) == (entry.heapIndex < 0)) {
            return;
        }
        if (entry.heapIndex >= 0) {
            removeAt(heap, entry.heapIndex);
        }
        entry.due = due;
        if (due != NONE) {
            if (heap.size == heap.heap.length) {
                heap.heap = Arrays.copyOf(heap.heap, heap.size + (heap.size >> 1));
            }
            heap.heap[heap.size] = entry;
            entry.heapIndex = heap.size;
            heap.size++;
            siftUp(heap, entry.heapIndex);
        }
    }

    private static void removeAt(PartitionHeap heap, int index) {
        Entry removed = heap.heap[index];
        removed.heapIndex = -1;
        heap.size--;
        if (index == heap.size) {
            heap.heap[index] = null;
            return;
        }
        Entry last = heap.heap[heap.size];
        heap.heap[heap.size] = null;
        heap.heap[index] = last;
        last.heapIndex = index;
        siftDown(heap, index);
        if (last.heapIndex == index) {
            siftUp(heap, index);
        }
    }

    private static void siftUp(PartitionHeap heap, int index) {
        Entry entry = heap.heap[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            Entry above = heap.heap[parent];
            if (above.due <= entry.due) {
                break;
            }
            heap.heap[index] = above;
            above.heapIndex = index;
            index = parent;
        }
        heap.heap[index] = entry;
        entry.heapIndex = index;
    }

    private static void siftDown(PartitionHeap heap, int index) {
        Entry entry = heap.heap[index];
        int half = heap.size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            int right = child + 1;
            if (right < heap.size && heap.heap[right].due < heap.heap[child].due) {
                child = right;
            }
            if (entry.due <= heap.heap[child].due) {
                break;
            }
            heap.heap[index] = heap.heap[child];
            heap.heap[index].heapIndex = index;
            index = child;
        }
        heap.heap[index] = entry;
        entry.heapIndex = index;
    }
}
