package dev.switchboard.analytics.kpi.web;

import dev.switchboard.analytics.kpi.FactFilter;
import dev.switchboard.analytics.kpi.Summary;
import dev.switchboard.analytics.kpi.TimeWindow;
import dev.switchboard.analytics.kpi.query.KpiReader;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Optional;

/**
 * {@code GET /api/v1/analytics/summary?from=&to=&team=&agent=&channel=&priority=&tier=}: the KPIs of {@link Summary};
 * the answer's {@code from}/{@code to} are the window widened to whole buckets.
 */
@RestController
@RequestMapping("/api/v1/analytics")
class SummaryController {

    private final KpiReader kpis;
    private final WindowResolver windows;

    SummaryController(KpiReader kpis, WindowResolver windows) {
        this.kpis = kpis;
        this.windows = windows;
    }

    @GetMapping(value = "/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<Summary> summary(ServerWebExchange exchange) {
        QueryParameters parameters = new QueryParameters(exchange.getRequest().getQueryParams());
        Optional<TimeWindow> window = windows.resolve(parameters);
        FactFilter filter = new FactFilter(
                parameters.text("team").orElse(null),
                parameters.text("agent").orElse(null),
                parameters.enumValue("channel", Channel.class).orElse(null),
                parameters.enumValue("priority", Priority.class).orElse(null),
                parameters.enumValue("tier", CustomerTier.class).orElse(null));
        parameters.throwIfInvalid();
        return kpis.summary(filter, window.orElseThrow());
    }
}
