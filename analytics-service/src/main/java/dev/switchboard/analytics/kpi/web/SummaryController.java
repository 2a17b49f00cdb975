package dev.switchboard.analytics.kpi.web;

import dev.switchboard.analytics.kpi.FactFilter;
import dev.switchboard.analytics.kpi.Kpis;
import dev.switchboard.analytics.kpi.Summary;
import dev.switchboard.analytics.kpi.TimeWindow;
import dev.switchboard.analytics.kpi.persistence.FactQuery;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Priority;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.Optional;

/** {@code GET /api/v1/analytics/summary?from=&to=&team=&agent=&channel=&priority=}: the KPIs of {@link Kpis}. */
@RestController
@RequestMapping("/api/v1/analytics")
class SummaryController {

    private final FactQuery facts;
    private final WindowResolver windows;

    SummaryController(FactQuery facts, WindowResolver windows) {
        this.facts = facts;
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
                parameters.enumValue("priority", Priority.class).orElse(null));
        parameters.throwIfInvalid();
        TimeWindow resolved = window.orElseThrow();
        return facts.relevantTo(filter, resolved).collectList().map(matching -> Kpis.summary(matching, resolved));
    }
}
