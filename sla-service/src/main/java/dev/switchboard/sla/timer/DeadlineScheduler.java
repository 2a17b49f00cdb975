package dev.switchboard.sla.timer;

import dev.switchboard.sla.clock.DeadlineSchedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One thread that sleeps until the earliest deadline of the {@link DeadlineQueue} and hands due deadlines to the
 * handler. "Now" always comes from the injected clock; the sleep is capped so that a clock that jumps (NTP, a test's
 * clock) is noticed soon. Nothing polls the database: the queue is filled by the writes and by the reload at start.
 */
public final class DeadlineScheduler implements DeadlineSchedule {

    private static final System.Logger LOG = System.getLogger(DeadlineScheduler.class.getName());

    private final DeadlineQueue queue;
    private final Clock clock;
    private final Duration maxSleep;
    private final Duration retryDelay;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private volatile DeadlineHandler handler;
    private volatile Thread thread;
    private volatile boolean running;

    public DeadlineScheduler(DeadlineQueue queue, Clock clock, Duration maxSleep, Duration retryDelay) {
        this.queue = queue;
        this.clock = clock;
        this.maxSleep = maxSleep;
        this.retryDelay = retryDelay;
    }

    @Override
    public void schedule(String ticketId, Instant at) {
        if (queue.schedule(ticketId, at)) {
            signal();
        }
    }

    @Override
    public void cancel(String ticketId) {
        queue.cancel(ticketId);
    }

    /**
     * Hands every deadline due by the clock's now to the handler, in order. A failing deadline is retried after
     * {@code retryDelay} rather than lost. The thread calls this; tests call it directly after moving their clock.
     *
     * @return how many deadlines were handed over
     */
    public int fireDue(DeadlineHandler target) {
        List<DeadlineQueue.Deadline> due = queue.pollDue(clock.instant());
        for (DeadlineQueue.Deadline deadline : due) {
            try {
                target.due(deadline.key(), deadline.at());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "deadline of " + deadline.key() + " failed; retrying", e);
                queue.schedule(deadline.key(), clock.instant().plus(retryDelay));
            }
        }
        return due.size();
    }

    public synchronized void start(DeadlineHandler target) {
        if (running) {
            return;
        }
        handler = target;
        running = true;
        thread = Thread.ofPlatform().name("sla-deadlines").daemon().start(this::loop);
    }

    public synchronized void stop() {
        running = false;
        signal();
        Thread current = thread;
        if (current != null) {
            try {
                current.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        thread = null;
    }

    public boolean isRunning() {
        return running;
    }

    public int pending() {
        return queue.size();
    }

    private void loop() {
        while (running) {
            fireDue(handler);
            lock.lock();
            try {
                Duration sleep = queue.next()
                        .map(next -> Duration.between(clock.instant(), next))
                        .filter(wait -> wait.compareTo(maxSleep) < 0)
                        .orElse(maxSleep);
                if (running && sleep.isPositive()) {
                    wakeUp.awaitNanos(sleep.toNanos());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            } finally {
                lock.unlock();
            }
        }
    }

    private void signal() {
        lock.lock();
        try {
            wakeUp.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
