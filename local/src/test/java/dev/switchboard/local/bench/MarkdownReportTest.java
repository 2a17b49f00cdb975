package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MarkdownReportTest {

    @Test
    void shouldJudgeBatchIntakeAgainstTheCeilingMeasuredInTheSameRun() {
        BenchResults results = new BenchResults().measured(Figure.KAFKA_CEILING, 100_000)
                .measured(Figure.INGEST_BATCH, 20_000);

        assertThat(Goal.of(Figure.INGEST_BATCH).orElseThrow().met(results)).contains(false);
        assertThat(Goal.of(Figure.INGEST_BATCH).orElseThrow().met(results.measured(Figure.INGEST_BATCH, 25_000)))
                .contains(true);
    }

    @Test
    void shouldSayNotMeasuredWithTheReasonInsteadOfAFigure() {
        BenchResults results = new BenchResults().measured(Figure.ASSIGN_P99, 12)
                .notMeasured(Figure.SLA_HEAP_PER_CLOCK, "too few clocks opened");

        String table = MarkdownReport.render(results);

        assertThat(table).contains("| created → assigned p99, agents available (`assign_latency_p99_ms`) | 12 ms | — | ≤ 50 ms | yes |");
        assertThat(table).contains("(`sla_heap_bytes_per_clock`) | not measured | — | ≤ 300 bytes | not measured |");
        assertThat(table).contains("- `sla_heap_bytes_per_clock`: too few clocks opened");
        assertThat(Goal.of(Figure.SLA_HEAP_PER_CLOCK).orElseThrow().met(results)).isEmpty();
    }

    @Test
    void shouldShowEveryThroughputAsAShareOfTheCeilingOfTheSameRun() {
        BenchResults results = new BenchResults().measured(Figure.KAFKA_CEILING, 80_000)
                .measured(Figure.INGEST_SINGLE_DIRECT, 2_000).measured(Figure.INGEST_SINGLE, 1_000);

        String table = MarkdownReport.render(results);

        assertThat(table).contains("(`ingest_direct_events_per_s`) | 2,000 events/s | 2.5 % |");
        assertThat(table).contains("(`ingest_events_per_s`) | 1,000 events/s | 1.3 % |");
        assertThat(table).contains("(`kafka_ceiling_records_per_s`) | 80,000 records/s | — |");
    }

    @Test
    void shouldMarkAMissedGoalInBold() {
        String table = MarkdownReport.render(new BenchResults().measured(Figure.ANALYTICS_P99, 180));

        assertThat(table).contains("| 180 ms | — | ≤ 50 ms | **no** |");
    }

    @Test
    void shouldWriteEveryKeyOfTheIssueIntoTheJsonNullWhereNotMeasured() {
        BenchResults results = new BenchResults().measured(Figure.INGEST_SINGLE, 3_456)
                .faultSuite(new BenchResults.FaultSummary(8, 0, 0));

        Map<String, Object> json = ResultsWriter.toJson(results);

        assertThat(json).containsKeys("kafka_ceiling_records_per_s", "ingest_events_per_s", "ingest_batch_events_per_s",
                "assign_latency_p50_ms", "assign_latency_p99_ms", "sla_fire_lateness_p99_ms", "sla_open_clocks",
                "sla_heap_bytes_per_clock", "analytics_query_p99_ms", "fault_suite", "machine");
        assertThat(json.get("ingest_events_per_s")).isEqualTo(3_456.0);
        assertThat(json.get("kafka_ceiling_records_per_s")).isNull();
        assertThat(JsonMapper.builder().build().writeValueAsString(json.get("fault_suite")))
                .contains("\"scenarios\":8", "\"lost\":0", "\"duplicate_assignments\":0");
    }
}
