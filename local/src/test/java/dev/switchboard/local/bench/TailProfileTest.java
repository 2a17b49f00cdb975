package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class TailProfileTest {

    private static final Instant T0 = Instant.parse("2026-12-06T02:00:00Z");

    private final List<TailProfile.TimedRequest> requests = List.of(
            new TailProfile.TimedRequest(T0, 8),
            new TailProfile.TimedRequest(T0.plusMillis(100), 90),
            new TailProfile.TimedRequest(T0.plusMillis(300), 9),
            new TailProfile.TimedRequest(T0.plusMillis(1_500), 70));

    /** One pause of 40 ms inside the 90 ms request; the machine at 90 % in the first second, 30 % in the second. */
    private final PauseTimeline analytics = new PauseTimeline(
            List.of(new PauseTimeline.Pause(T0.plusMillis(120), T0.plusMillis(160))),
            new TreeMap<>(Map.of(T0.plusMillis(1_000), 0.9, T0.plusMillis(2_000), 0.3)));

    @Test
    void shouldCountTheSlowRequestsThatOverlappedEachJvmsPausesAgainstAllRequests() {
        PauseTimeline quietGateway = new PauseTimeline(List.of(), new TreeMap<>());

        Map<String, Object> profile = TailProfile.of(requests, 50,
                new java.util.LinkedHashMap<>(Map.of("analytics-service", analytics)));
        Map<String, Object> withGateway = TailProfile.of(requests, 50, Map.of("gateway", quietGateway));

        assertThat(profile).containsEntry("slow", 2).containsEntry("requests", 4)
                .containsEntry("overlapping_a_gc_pause", Map.of("analytics-service", "1 of 2 slow, 1 of 4 all"))
                .containsEntry("machine_cpu_mean_slow", 0.6).containsEntry("machine_cpu_mean_all", 0.75);
        assertThat(withGateway).containsEntry("overlapping_a_gc_pause", Map.of("gateway", "0 of 2 slow, 0 of 4 all"))
                .doesNotContainKey("machine_cpu_mean_all");
    }

    @Test
    void shouldListTheSlowestFirstWithTheirPausesAndLoad() {
        Map<String, Object> profile = TailProfile.of(requests, 50, Map.of("analytics-service", analytics));

        assertThat(profile.get("slowest")).asList().first().isEqualTo(Map.of(
                "at", T0.plusMillis(100).toString(), "ms", 90L,
                "gc_pause_ms", Map.of("analytics-service", 40.0), "machine_cpu", 0.9));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> slowest = (List<Map<String, Object>>) profile.get("slowest");
        assertThat(slowest).extracting(row -> row.get("ms")).containsExactly(90L, 70L, 9L, 8L);
    }
}
