package dev.switchboard.local.bench;

/** Every figure {@code ./switchboard bench} reports, under its key in {@code bench/results/latest.json}. */
public enum Figure {
    KAFKA_CEILING("kafka_ceiling_records_per_s", "Kafka ceiling: producer perf tool, acks=all, same record size", "records/s"),
    INGEST_SINGLE("ingest_events_per_s", "Single-event intake through the gateway", "events/s"),
    INGEST_SINGLE_P99("ingest_latency_p99_ms", "Single-event intake through the gateway, answer p99", "ms"),
    INGEST_SINGLE_DIRECT("ingest_direct_events_per_s", "Single-event intake straight to ticket-service", "events/s"),
    INGEST_SINGLE_DIRECT_P99("ingest_direct_latency_p99_ms", "Single-event intake straight to ticket-service, answer p99", "ms"),
    INGEST_BATCH("ingest_batch_events_per_s", "Batch intake through the gateway", "events/s"),
    INGEST_BATCH_P99("ingest_batch_latency_p99_ms", "Batch intake through the gateway, answer p99 per batch", "ms"),
    INGEST_BATCH_DIRECT("ingest_batch_direct_events_per_s", "Batch intake straight to ticket-service", "events/s"),
    INGEST_BATCH_DIRECT_P99("ingest_batch_direct_latency_p99_ms", "Batch intake straight to ticket-service, answer p99 per batch", "ms"),
    ASSIGN_P50("assign_latency_p50_ms", "created → assigned p50, agents available", "ms"),
    ASSIGN_P99("assign_latency_p99_ms", "created → assigned p99, agents available", "ms"),
    SLA_LATENESS_P99("sla_fire_lateness_p99_ms", "SLA timer fire lateness p99, many clocks open", "ms"),
    SLA_OPEN_CLOCKS("sla_open_clocks", "SLA clocks open during the heap measurement", "clocks"),
    SLA_HEAP_PER_CLOCK("sla_heap_bytes_per_clock", "SLA service heap per open clock", "bytes"),
    ANALYTICS_P99("analytics_query_p99_ms", "Analytics summary query p99 over the whole history", "ms");

    private final String key;
    private final String label;
    private final String unit;

    Figure(String key, String label, String unit) {
        this.key = key;
        this.label = label;
        this.unit = unit;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }

    /** Throughputs, shown also as a share of the Kafka ceiling measured in the same run. */
    public boolean isThroughput() {
        return unit.endsWith("/s") && this != KAFKA_CEILING;
    }
}
