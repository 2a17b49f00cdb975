package dev.switchboard.analytics.metrics;

import dev.switchboard.analytics.AnalyticsProperties;
import io.micrometer.core.instrument.config.MeterFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** Teams come from ticket payloads: cap their tag values so a bad integration cannot explode the series. */
    @Bean
    MeterFilter boundedTeamTags(AnalyticsProperties properties) {
        return MeterFilter.maximumAllowableTags("switchboard.analytics", "team", properties.maxTeamTags(),
                MeterFilter.deny());
    }
}
