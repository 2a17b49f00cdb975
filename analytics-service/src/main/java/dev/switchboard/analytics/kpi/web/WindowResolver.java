package dev.switchboard.analytics.kpi.web;

import dev.switchboard.analytics.AnalyticsProperties;
import dev.switchboard.analytics.kpi.TimeWindow;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** {@code from} and {@code to} of a KPI query; missing ones default to the last {@code defaultWindow} until now. */
@Component
class WindowResolver {

    private final Clock clock;
    private final Duration defaultWindow;

    WindowResolver(Clock clock, AnalyticsProperties properties) {
        this.clock = clock;
        this.defaultWindow = properties.defaultWindow();
    }

    /** The window, or empty with the reason recorded in {@code parameters}. */
    Optional<TimeWindow> resolve(QueryParameters parameters) {
        Optional<Instant> from = parameters.instant("from");
        Optional<Instant> to = parameters.instant("to");
        if (!parameters.isValid()) {
            return Optional.empty();
        }
        Instant end = to.orElseGet(clock::instant);
        Instant start = from.orElseGet(() -> end.minus(defaultWindow));
        if (!start.isBefore(end)) {
            parameters.reject("from", "must be before to");
            return Optional.empty();
        }
        return Optional.of(new TimeWindow(start, end));
    }
}
