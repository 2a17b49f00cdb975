package dev.switchboard.sla.clock.config;

import dev.switchboard.sla.clock.ClockService;
import dev.switchboard.sla.clock.SlaEventPublisher;
import dev.switchboard.sla.clock.SlaMetrics;
import dev.switchboard.sla.clock.TicketSlaStore;
import dev.switchboard.sla.policy.PolicyCatalog;
import dev.switchboard.sla.timer.DeadlineScheduler;
import dev.switchboard.sla.timer.PartitionTimers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    ClockService clockService(TicketSlaStore store, SlaEventPublisher publisher, PolicyCatalog policies,
                              DeadlineScheduler deadlines, SlaMetrics metrics, Clock clock) {
        return new ClockService(store, publisher, policies, deadlines, metrics, clock);
    }

    @Bean
    PartitionTimers partitionTimers(DeadlineScheduler scheduler, ClockService clocks) {
        return new PartitionTimers(scheduler, clocks::loadPartition);
    }

    @Bean
    DeadlineTimerLifecycle deadlineTimerLifecycle(ClockService clocks, DeadlineScheduler scheduler) {
        return new DeadlineTimerLifecycle(clocks, scheduler);
    }
}
