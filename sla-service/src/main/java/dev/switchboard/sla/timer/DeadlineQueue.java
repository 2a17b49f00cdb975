package dev.switchboard.sla.timer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The next deadline per key, ordered by instant. Rescheduling a key leaves its old entry in the heap and skips it
 * when it surfaces (cheaper than removing from the middle of a heap).
 */
public final class DeadlineQueue {

    /** A key's deadline. */
    public record Deadline(String key, Instant at) {
    }

    private final PriorityQueue<Deadline> heap = new PriorityQueue<>(
            (a, b) -> a.at().compareTo(b.at()));
    private final Map<String, Instant> current = new HashMap<>();

    /** @return true if this became the earliest deadline (the scheduler thread should wake up) */
    public synchronized boolean schedule(String key, Instant at) {
        if (at.equals(current.get(key))) {
            return false;
        }
        current.put(key, at);
        heap.add(new Deadline(key, at));
        return heap.peek().equals(new Deadline(key, at));
    }

    public synchronized void cancel(String key) {
        current.remove(key);
    }

    /** Removes and returns every deadline at or before {@code now}, earliest first. */
    public synchronized List<Deadline> pollDue(Instant now) {
        List<Deadline> due = new ArrayList<>();
        while (!heap.isEmpty() && !heap.peek().at().isAfter(now)) {
            Deadline deadline = heap.poll();
            if (deadline.at().equals(current.get(deadline.key()))) {
                current.remove(deadline.key());
                due.add(deadline);
            }
        }
        return due;
    }

    public synchronized Optional<Instant> next() {
        while (!heap.isEmpty() && !heap.peek().at().equals(current.get(heap.peek().key()))) {
            heap.poll();
        }
        return Optional.ofNullable(heap.peek()).map(Deadline::at);
    }

    public synchronized int size() {
        return current.size();
    }
}
