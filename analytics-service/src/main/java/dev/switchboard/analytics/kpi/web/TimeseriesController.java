package dev.switchboard.analytics.kpi.web;

import dev.switchboard.analytics.AnalyticsProperties;
import dev.switchboard.analytics.kpi.GroupBy;
import dev.switchboard.analytics.kpi.Interval;
import dev.switchboard.analytics.kpi.TimeWindow;
import dev.switchboard.analytics.kpi.Timeseries;
import dev.switchboard.analytics.kpi.TimeseriesMetric;
import dev.switchboard.analytics.kpi.query.KpiReader;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Optional;

/** {@code GET /api/v1/analytics/timeseries?metric=&interval=MINUTE|HOUR|DAY&from=&to=&groupBy=}. */
@RestController
@RequestMapping("/api/v1/analytics")
class TimeseriesController {

    private final KpiReader kpis;
    private final WindowResolver windows;
    private final int maxPoints;

    TimeseriesController(KpiReader kpis, WindowResolver windows, AnalyticsProperties properties) {
        this.kpis = kpis;
        this.windows = windows;
        this.maxPoints = properties.maxTimeseriesPoints();
    }

    @GetMapping(value = "/timeseries", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<Timeseries> timeseries(ServerWebExchange exchange) {
        QueryParameters parameters = new QueryParameters(exchange.getRequest().getQueryParams());
        Optional<TimeWindow> window = windows.resolve(parameters);
        Optional<TimeseriesMetric> metric = parameters.requiredEnum("metric", TimeseriesMetric.class);
        Interval interval = parameters.enumValue("interval", Interval.class).orElse(Interval.HOUR);
        GroupBy groupBy = parameters.enumValue("groupBy", GroupBy.class).orElse(null);
        window.filter(resolved -> interval.bucketsIn(resolved) > maxPoints).ifPresent(tooLong ->
                parameters.reject("interval", "gives more than " + maxPoints + " points for this window"));
        window.filter(resolved -> !kpis.keeps(interval, resolved.from())).ifPresent(tooOld ->
                parameters.reject("interval", interval + " buckets are no longer kept for this window's start"));
        parameters.throwIfInvalid();
        return kpis.timeseries(metric.orElseThrow(), interval, window.orElseThrow(), groupBy);
    }
}
