package dev.switchboard.analytics.metrics;

import dev.switchboard.analytics.AnalyticsProperties;
import dev.switchboard.analytics.kpi.persistence.FactQuery;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * {@code switchboard.analytics.backlog} per team and priority, recounted from the facts rather than kept in memory,
 * so that it is right after a restart and agrees with the summary endpoint.
 */
@Component
class BacklogGauge {

    static final String NAME = "switchboard.analytics.backlog";

    private static final Logger log = LoggerFactory.getLogger(BacklogGauge.class);

    private final FactQuery facts;
    private final MultiGauge gauge;
    private final AnalyticsProperties properties;

    BacklogGauge(FactQuery facts, MeterRegistry registry, AnalyticsProperties properties) {
        this.facts = facts;
        this.properties = properties;
        this.gauge = MultiGauge.builder(NAME).description("Tickets created and not solved").register(registry);
    }

    @Scheduled(fixedDelayString = "${switchboard.analytics.backlog-refresh-interval}",
            initialDelayString = "${switchboard.analytics.backlog-refresh-interval}")
    void refresh() {
        try {
            List<MultiGauge.Row<?>> rows = facts.backlogNow()
                    .<MultiGauge.Row<?>>map(count -> MultiGauge.Row.of(Tags.of(
                            "team", Objects.requireNonNullElse(count.team(), KpiMeters.UNKNOWN),
                            "priority", Objects.requireNonNullElse(count.priority(), KpiMeters.UNKNOWN)),
                            count.count()))
                    .collectList()
                    .block(properties.storeTimeout());
            gauge.register(rows == null ? List.of() : rows, true);
        } catch (RuntimeException e) {
            // keep the last figures; the next refresh tries again
            log.warn("Could not recount the backlog: {}", e.toString());
        }
    }
}
