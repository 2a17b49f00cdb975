package dev.switchboard.local.demo;

import java.time.Duration;
import java.util.Comparator;
import java.util.PriorityQueue;

/** A {@link Scheduler} on virtual time: {@link #advance} runs what falls due, in order, without waiting. */
final class ManualScheduler implements Scheduler {

    private record Due(long atNanos, long sequence, Runnable task) {
    }

    private final PriorityQueue<Due> queue = new PriorityQueue<>(
            Comparator.comparingLong(Due::atNanos).thenComparingLong(Due::sequence));
    private long nowNanos;
    private long sequence;

    @Override
    public void schedule(Duration delay, Runnable task) {
        queue.add(new Due(nowNanos + delay.toNanos(), sequence++, task));
    }

    void advance(Duration by) {
        long until = nowNanos + by.toNanos();
        while (!queue.isEmpty() && queue.peek().atNanos() <= until) {
            Due due = queue.poll();
            nowNanos = due.atNanos();
            due.task().run();
        }
        nowNanos = until;
    }

    Duration now() {
        return Duration.ofNanos(nowNanos);
    }
}
