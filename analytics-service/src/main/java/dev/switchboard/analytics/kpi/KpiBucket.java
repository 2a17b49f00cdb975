package dev.switchboard.analytics.kpi;

import java.time.Instant;

/** One stored time bucket of a view: its start, the key of its dimension values, and its totals. */
public record KpiBucket(Instant start, String key, KpiTotals totals) {
}
