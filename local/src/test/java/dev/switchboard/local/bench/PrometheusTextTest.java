package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrometheusTextTest {

    private static final String SCRAPE = """
            # HELP jvm_memory_used_bytes The amount of used memory
            # TYPE jvm_memory_used_bytes gauge
            jvm_memory_used_bytes{application="sla-service",area="heap",id="G1 Eden Space"} 1.0E7
            jvm_memory_used_bytes{application="sla-service",area="heap",id="G1 Old Gen"} 2.5E7
            jvm_memory_used_bytes{application="sla-service",area="nonheap",id="Metaspace"} 9.0E7
            jvm_memory_used_bytes_total 5
            switchboard_sla_clocks_open{application="sla-service",metric="FIRST_REPLY",state="RUNNING"} 120.0
            switchboard_sla_clocks_open{application="sla-service",metric="RESOLUTION",state="RUNNING"} 130.0
            switchboard_sla_clocks_open{application="sla-service",metric="RESOLUTION",state="PAUSED"} 7.0
            """;

    @Test
    void shouldSumTheSamplesWhoseLabelsMatchEvenWithSpacesInLabelValues() {
        assertThat(PrometheusText.sum(SCRAPE, "jvm_memory_used_bytes", "area=\"heap\"")).hasValue(3.5E7);
        assertThat(PrometheusText.sum(SCRAPE, "switchboard_sla_clocks_open", "state=\"RUNNING\"")).hasValue(250);
    }

    @Test
    void shouldTellAnAbsentMetricFromAZeroOne() {
        assertThat(PrometheusText.sum(SCRAPE, "switchboard_sla_clocks")).isEmpty();
        assertThat(PrometheusText.sum(SCRAPE, "jvm_memory_used_bytes", "area=\"code\"")).isEmpty();
    }
}
