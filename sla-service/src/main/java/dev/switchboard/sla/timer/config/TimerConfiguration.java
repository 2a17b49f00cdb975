package dev.switchboard.sla.timer.config;

import dev.switchboard.sla.timer.DeadlineIndex;
import dev.switchboard.sla.timer.DeadlineScheduler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
class TimerConfiguration {

    @Bean
    DeadlineScheduler deadlineScheduler(Clock clock, TimerProperties properties) {
        return new DeadlineScheduler(new DeadlineIndex(), clock, properties.maxSleep(), properties.retryDelay(),
                properties.firingThreads());
    }
}
