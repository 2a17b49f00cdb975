package dev.switchboard.sla.clock.config;

import dev.switchboard.sla.clock.ClockService;
import dev.switchboard.sla.timer.DeadlineScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs the timer thread from start to shutdown. The timer fills as partitions are assigned
 * ({@link dev.switchboard.sla.timer.PartitionTimers}): deadlines that passed while nobody owned them fire once then.
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
        scheduler.start(clocks::deadlineDue);
        LOG.info("SLA deadline timer started");
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
