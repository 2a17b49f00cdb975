package dev.switchboard.local.bench;

/** Every figure {@code ./switchboard bench} reports, under its key in {@code bench/results/latest.json}. */
public enum Figure {
    KAFKA_CEILING("kafka_ceiling_records_per_s", "Kafka ceiling: producer perf tool, acks=all, same record size", "records/s"),
    INGEST_SINGLE("ingest_events_per_s", "Single-event intake through the gateway", "events/s"),
    INGEST_BATCH("ingest_batch_events_per_s", "Batch intake through the gateway", "events/s"),
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
}
