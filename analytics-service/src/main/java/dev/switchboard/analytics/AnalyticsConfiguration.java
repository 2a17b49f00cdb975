package dev.switchboard.analytics;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AnalyticsProperties.class)
@EnableScheduling
class AnalyticsConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
