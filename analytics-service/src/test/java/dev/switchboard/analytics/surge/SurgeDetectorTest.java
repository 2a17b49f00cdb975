package dev.switchboard.analytics.surge;

import dev.switchboard.events.analytics.SurgeDetected;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SurgeDetectorTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private final SurgeDetector detector = new SurgeDetector(0.1, 4.0, 5, 10, 1.0,
            Clock.fixed(T0.plus(Duration.ofHours(2)), ZoneOffset.UTC));
    private int minute;

    private List<SurgeDetected> feed(long billing, long sales) {
        return detector.observe(T0.plus(Duration.ofMinutes(minute++)), Map.of("billing", billing, "sales", sales));
    }

    private List<SurgeDetected> steadyHour() {
        List<SurgeDetected> raised = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            raised.addAll(feed(3 + i % 3, 10 + i % 5));
        }
        return raised;
    }

    @Test
    void shouldStayQuietWhileInflowVariesAroundItsBaseline() {
        assertThat(steadyHour()).isEmpty();
    }

    @Test
    void shouldRaiseOneSurgeForTheTeamWhoseInflowJumps() {
        steadyHour();

        List<SurgeDetected> raised = feed(30, 12);

        assertThat(raised).singleElement().satisfies(surge -> {
            assertThat(surge.team()).isEqualTo("billing");
            assertThat(surge.inflow()).isEqualTo(30);
            assertThat(surge.windowStart()).isEqualTo(T0.plus(Duration.ofMinutes(60)));
            assertThat(surge.windowEnd()).isEqualTo(T0.plus(Duration.ofMinutes(61)));
            assertThat(surge.baseline()).isBetween(3.0, 5.0);
            assertThat(surge.zScore()).isGreaterThanOrEqualTo(4.0);
        });
    }

    @Test
    void shouldRaiseAWaveOnceAndAgainOnlyAfterItSubsided() {
        steadyHour();

        assertThat(feed(30, 12)).hasSize(1);
        assertThat(feed(35, 12)).isEmpty();
        assertThat(feed(28, 12)).isEmpty();
        assertThat(feed(4, 12)).isEmpty();
        assertThat(feed(31, 12)).hasSize(1);
    }

    @Test
    void shouldNotRaiseBeforeItHasEnoughHistoryOrForATinyInflow() {
        assertThat(feed(0, 0)).isEmpty();
        assertThat(feed(40, 0)).as("during warm-up").isEmpty();

        SurgeDetector quiet = new SurgeDetector(0.1, 4.0, 5, 10, 1.0, Clock.systemUTC());
        for (int i = 0; i < 30; i++) {
            quiet.observe(T0.plus(Duration.ofMinutes(i)), Map.of("billing", 0L));
        }
        assertThat(quiet.observe(T0.plus(Duration.ofMinutes(30)), Map.of("billing", 4L))).as("below minInflow")
                .isEmpty();
        assertThat(quiet.observe(T0.plus(Duration.ofMinutes(31)), Map.of("billing", 9L))).hasSize(1);
    }

    @Test
    void shouldIgnoreAMinuteItAlreadyObserved() {
        steadyHour();
        minute--;

        assertThat(feed(30, 12)).isEmpty();
    }
}
