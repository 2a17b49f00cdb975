package dev.switchboard.analytics.kpi.web;

import dev.switchboard.analytics.kpi.AgentRow;
import dev.switchboard.analytics.kpi.TimeWindow;
import dev.switchboard.analytics.kpi.query.KpiReader;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.List;

/** {@code GET /api/v1/analytics/agents?from=&to=}: JSON rows, or CSV for {@code Accept: text/csv}. */
@RestController
@RequestMapping("/api/v1/analytics")
class AgentReportController {

    static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");

    private final KpiReader kpis;
    private final WindowResolver windows;

    AgentReportController(KpiReader kpis, WindowResolver windows) {
        this.kpis = kpis;
        this.windows = windows;
    }

    // One handler for both types: two mappings differing only in `produces` are ambiguous for `Accept: */*`.
    @GetMapping(value = "/agents", produces = {MediaType.APPLICATION_JSON_VALUE, "text/csv"})
    Mono<ResponseEntity<?>> agents(ServerWebExchange exchange) {
        QueryParameters parameters = new QueryParameters(exchange.getRequest().getQueryParams());
        TimeWindow window = windows.resolve(parameters).orElse(null);
        parameters.throwIfInvalid();
        boolean csv = wantsCsv(exchange.getRequest().getHeaders().getAccept());
        return kpis.agents(window)
                .map(rows -> csv ? csv(rows) : ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(rows));
    }

    private static ResponseEntity<?> csv(List<AgentRow> rows) {
        return ResponseEntity.ok().contentType(TEXT_CSV).body(AgentCsv.write(rows));
    }

    /** CSV only when asked for by name: a wildcard or JSON-first Accept gets JSON. */
    private static boolean wantsCsv(List<MediaType> accepted) {
        List<MediaType> byPreference = accepted.stream()
                .sorted((a, b) -> Double.compare(b.getQualityValue(), a.getQualityValue()))
                .filter(type -> type.isCompatibleWith(TEXT_CSV) || type.isCompatibleWith(MediaType.APPLICATION_JSON))
                .toList();
        return !byPreference.isEmpty() && !byPreference.getFirst().isWildcardType()
                && !byPreference.getFirst().isWildcardSubtype()
                && byPreference.getFirst().isCompatibleWith(TEXT_CSV);
    }
}
