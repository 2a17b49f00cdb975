package dev.switchboard.sla.clock;

import dev.switchboard.events.sla.SlaMetric;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OpenClockSummaryTest {

    private static ClockView open(SlaMetric metric, ClockState state) {
        return new ClockView(metric, 0, state, Instant.EPOCH, true);
    }

    @Test
    void shouldKeepTheStateOfEveryMetricsOpenClockAndLeaveClosedOnesOut() {
        short summary = OpenClockSummary.of(List.of(open(SlaMetric.FIRST_REPLY, ClockState.RUNNING),
                open(SlaMetric.RESOLUTION, ClockState.PAUSED), open(SlaMetric.REQUESTER_WAIT, ClockState.BREACHED),
                open(SlaMetric.AGENT_WORK_TIME, ClockState.PAUSED),
                new ClockView(SlaMetric.NEXT_REPLY, 0, ClockState.CANCELLED, Instant.EPOCH, false)));

        assertThat(SlaMetric.values()).extracting(metric -> OpenClockSummary.stateOf(summary, metric))
                .containsExactly(ClockState.RUNNING, null, null, ClockState.PAUSED, ClockState.BREACHED,
                        ClockState.PAUSED);
    }

    @Test
    void shouldCountOpenClocksByMetricAndStateOverTheSummaryCounts() {
        long[] counts = new long[OpenClockSummary.VALUES];
        counts[OpenClockSummary.index(OpenClockSummary.of(List.of(open(SlaMetric.AGENT_WORK_TIME, ClockState.RUNNING),
                open(SlaMetric.FIRST_REPLY, ClockState.RUNNING))))] = 3;
        counts[OpenClockSummary.index(OpenClockSummary.of(List.of(
                open(SlaMetric.AGENT_WORK_TIME, ClockState.BREACHED))))] = 2;

        assertThat(OpenClockSummary.count(counts, SlaMetric.AGENT_WORK_TIME, ClockState.RUNNING)).isEqualTo(3);
        assertThat(OpenClockSummary.count(counts, SlaMetric.AGENT_WORK_TIME, ClockState.BREACHED)).isEqualTo(2);
        assertThat(OpenClockSummary.count(counts, SlaMetric.FIRST_REPLY, ClockState.RUNNING)).isEqualTo(3);
        assertThat(OpenClockSummary.count(counts, SlaMetric.REQUESTER_WAIT, ClockState.RUNNING)).isZero();
    }
}
