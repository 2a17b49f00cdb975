package dev.switchboard.sla.clock.config;

import dev.switchboard.sla.clock.ClockService;
import dev.switchboard.sla.timer.DeadlineScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * At start, puts the deadlines of every open clock back on the timer (those that passed while the service was down
 * fire once, at once) and starts the timer thread; stops it on shutdown.
 */
class DeadlineTimerLifecycle implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(DeadlineTimerLifecycle.class);

    private final ClockService clocks;
    private final DeadlineScheduler scheduler;

    DeadlineTimerLifecycle(ClockService clocks, DeadlineScheduler scheduler) {
        this.clocks = clocks;
        this.scheduler = scheduler;
    }

    @Override
    public void start() {
        int reloaded = clocks.reloadDeadlines();
        LOG.info("Reloaded the deadlines of {} tickets with open SLA clocks", reloaded);
        scheduler.start(clocks::deadlineDue);
    }

    @Override
    public void stop() {
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return scheduler.isRunning();
    }
}
