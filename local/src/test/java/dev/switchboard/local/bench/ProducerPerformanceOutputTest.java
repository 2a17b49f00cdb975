package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProducerPerformanceOutputTest {

    @Test
    void shouldReadTheSummaryLineAndNotAnInterimOne() {
        String output = """
                SLF4J(W): No SLF4J providers were found.
                512931 records sent, 102565.7 records/sec (50.08 MB/sec), 230.4 ms avg latency, 612.0 ms max latency.
                1000000 records sent, 117329.6 records/sec (57.29 MB/sec), 221.45 ms avg latency, 612.00 ms max latency, 203 ms 50th, 411 ms 95th, 480 ms 99th, 601 ms 99.9th.
                """;

        assertThat(ProducerPerformanceOutput.recordsPerSecond(output)).hasValue(117329.6);
    }

    @Test
    void shouldReportNothingWhenTheToolFailedBeforeItsSummary() {
        assertThat(ProducerPerformanceOutput.recordsPerSecond("Exception in thread main: TimeoutException")).isEmpty();
    }
}
