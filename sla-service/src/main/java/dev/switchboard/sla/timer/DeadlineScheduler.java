package dev.switchboard.sla.timer;

import dev.switchboard.sla.clock.DeadlineSchedule;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One thread that sleeps until the earliest deadline of the {@link DeadlineIndex} and hands due deadlines to the
 * handler. "Now" always comes from the injected clock; the sleep is capped so that a clock that jumps (NTP, a test's
 * clock) is noticed soon. Nothing polls the database: the index is filled by the writes and by the load of a
 * partition when it is assigned.
 *
 * <p>Handling a deadline waits on a database read, a broker acknowledgement and a database write. One after another,
 * those round trips capped the deadlines handled per second below what a busy hour makes due (a warning and a breach
 * per ticket), and the fire lateness grew with the queue. So the deadlines due at once are handled by up to
 * {@code firingThreads} threads, each a different ticket (a ticket has one deadline in the index); a ticket's own
 * changes stay serialized by its handler. With one thread they are handled in deadline order on the timer thread.
 */
public final class DeadlineScheduler implements DeadlineSchedule {

    private static final System.Logger LOG = System.getLogger(DeadlineScheduler.class.getName());

    private final DeadlineIndex index;
    private final Clock clock;
    private final Duration maxSleep;
    private final Duration retryDelay;
    private final ThreadPoolExecutor firing;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wakeUp = lock.newCondition();
    private volatile DeadlineHandler handler;
    private volatile Thread thread;
    private volatile boolean running;

    /** A scheduler that handles one deadline at a time, in deadline order. */
    public DeadlineScheduler(DeadlineIndex index, Clock clock, Duration maxSleep, Duration retryDelay) {
        this(index, clock, maxSleep, retryDelay, 1);
    }

    public DeadlineScheduler(DeadlineIndex index, Clock clock, Duration maxSleep, Duration retryDelay,
                             int firingThreads) {
        if (firingThreads < 1) {
            throw new IllegalArgumentException("firingThreads must be at least 1, was " + firingThreads);
        }
        this.index = index;
        this.clock = clock;
        this.maxSleep = maxSleep;
        this.retryDelay = retryDelay;
        this.firing = firingThreads == 1 ? null : firingPool(firingThreads);
    }

    /** Idle threads end after a while, so a scheduler nobody stops leaves no threads behind. */
    private static ThreadPoolExecutor firingPool(int threads) {
        AtomicInteger number = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), task -> Thread.ofPlatform().daemon()
                .name("sla-deadline-firing-" + number.incrementAndGet()).unstarted(task));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @Override
    public void track(String ticketId, int partition, Instant next, short openClocks) {
        if (index.track(ticketId, partition, next, openClocks)) {
            signal();
        }
    }

    @Override
    public void forget(String ticketId) {
        index.forget(ticketId);
    }

    /** Starts keeping the partition's tickets; their deadlines wait until {@link #release}. */
    public void own(int partition) {
        index.own(partition);
    }

    /** The partition's deadlines may fire: the ones passed while nobody owned it fire at once. */
    public void release(int partition) {
        index.release(partition);
        signal();
    }

    /** Drops the partition's tickets: another instance owns them now. */
    public int drop(int partition) {
        return index.drop(partition);
    }

    public boolean owns(int partition) {
        return index.owns(partition);
    }

    /**
     * Hands every deadline due by the clock's now to the handler, in order. A failing deadline is retried after
     * {@code retryDelay} rather than lost. The thread calls this; tests call it directly after moving their clock.
     *
     * @return how many deadlines were handed over
     */
    public int fireDue(DeadlineHandler target) {
        List<DeadlineIndex.Deadline> due = index.pollDue(clock.instant());
        if (firing == null || due.size() == 1) {
            due.forEach(deadline -> fire(target, deadline));
            return due.size();
        }
        List<Future<?>> handled = new ArrayList<>(due.size());
        for (DeadlineIndex.Deadline deadline : due) {
            handled.add(firing.submit(() -> fire(target, deadline)));
        }
        // the next look at the index waits for this round: the work in flight stays bounded, and a ticket whose
        // handler tracked an already due next deadline is not handed to a second thread while the first still runs
        for (Future<?> one : handled) {
            try {
                one.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return due.size();
            } catch (ExecutionException e) {
                LOG.log(System.Logger.Level.ERROR, "a deadline's handling failed outside its handler", e.getCause());
            }
        }
        return due.size();
    }

    private void fire(DeadlineHandler target, DeadlineIndex.Deadline deadline) {
        try {
            target.due(deadline.key(), deadline.at());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "deadline of " + deadline.key() + " failed; retrying", e);
            index.reschedule(deadline.key(), clock.instant().plus(retryDelay));
        }
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

    /** Tickets with a deadline waiting. */
    public int pending() {
        return index.pending();
    }

    /** Tracked tickets with open clocks, by {@code OpenClockSummary}. */
    public long[] openClockCounts() {
        return index.summaryCounts();
    }

    private void loop() {
        while (running) {
            fireDue(handler);
            lock.lock();
            try {
                Duration sleep = index.next()
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
