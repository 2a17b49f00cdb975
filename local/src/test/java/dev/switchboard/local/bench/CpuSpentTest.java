package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CpuSpentTest {

    @Test
    void shouldTakeEveryLeftOutStretchOffALaterSample() {
        CpuSpent idle = new CpuSpent();
        idle.add(Map.of("gateway", 10.0, "sla-service", 4.0), Map.of("gateway", 10.5, "sla-service", 5.0));
        idle.add(Map.of("gateway", 20.0, "sla-service", 8.0), Map.of("gateway", 20.25, "sla-service", 8.0));

        Map<String, Double> adjusted = idle.subtractedFrom(Map.of("gateway", 30.0, "sla-service", 9.0, "new", 1.0));

        assertThat(adjusted).containsEntry("gateway", 29.25).containsEntry("sla-service", 8.0)
                .containsEntry("new", 1.0);
    }

    @Test
    void shouldCountAPartThatAppearedOnlyInTheLaterSampleOfAStretchAsNothingSpent() {
        CpuSpent idle = new CpuSpent();
        idle.add(Map.of(), Map.of("gateway", 3.0));

        assertThat(idle.subtractedFrom(Map.of("gateway", 5.0))).containsEntry("gateway", 5.0);
    }
}
