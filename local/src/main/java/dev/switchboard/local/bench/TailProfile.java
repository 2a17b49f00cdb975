package dev.switchboard.local.bench;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * Why a phase's slow requests were slow, as far as the JVMs on their path can tell: for the requests over a threshold
 * against all of them, how many overlapped a GC pause of each JVM and how busy the machine was. A tail that overlaps
 * pauses no more often than the typical request does, on a machine just as busy, lies elsewhere (the code path, the
 * store).
 */
final class TailProfile {

    private static final int SLOWEST_LISTED = 10;

    /** One request: when it started and how long its answer took. */
    record TimedRequest(Instant start, long millis) {

        Instant end() {
            return start.plusMillis(millis);
        }
    }

    private TailProfile() {
    }

    /**
     * @param timelines by process name, e.g. {@code gateway}, {@code analytics-service}, {@code launcher}
     * @return a JSON-ready summary: counts for the slow requests and for all, and the slowest requests one by one
     */
    static Map<String, Object> of(List<TimedRequest> requests, long slowMillis, Map<String, PauseTimeline> timelines) {
        List<TimedRequest> slow = requests.stream().filter(r -> r.millis() > slowMillis).toList();
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("slow_threshold_ms", slowMillis);
        profile.put("requests", requests.size());
        profile.put("slow", slow.size());
        Map<String, String> overlaps = new LinkedHashMap<>();
        timelines.forEach((name, timeline) -> {
            Predicate<TimedRequest> paused = r -> !timeline.pausedDuring(r.start(), r.end()).isZero();
            overlaps.put(name, "%d of %d slow, %d of %d all".formatted(slow.stream().filter(paused).count(),
                    slow.size(), requests.stream().filter(paused).count(), requests.size()));
        });
        profile.put("overlapping_a_gc_pause", overlaps);
        timelines.values().stream().filter(t -> !t.machineCpu().isEmpty()).findFirst().ifPresent(timeline -> {
            meanCpu(slow, timeline).ifPresent(cpu -> profile.put("machine_cpu_mean_slow", round(cpu)));
            meanCpu(requests, timeline).ifPresent(cpu -> profile.put("machine_cpu_mean_all", round(cpu)));
        });
        profile.put("slowest", requests.stream().sorted(Comparator.comparingLong(TimedRequest::millis).reversed())
                .limit(SLOWEST_LISTED).map(r -> describe(r, timelines)).toList());
        return profile;
    }

    private static Map<String, Object> describe(TimedRequest request, Map<String, PauseTimeline> timelines) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("at", request.start().toString());
        row.put("ms", request.millis());
        Map<String, Double> paused = new LinkedHashMap<>();
        timelines.forEach((name, timeline) -> paused.put(name,
                round(timeline.pausedDuring(request.start(), request.end()).toNanos() / 1e6)));
        row.put("gc_pause_ms", paused);
        timelines.values().stream().map(t -> t.machineCpuAt(request.start())).filter(OptionalDouble::isPresent)
                .findFirst().ifPresent(cpu -> row.put("machine_cpu", round(cpu.getAsDouble())));
        return row;
    }

    private static OptionalDouble meanCpu(List<TimedRequest> requests, PauseTimeline timeline) {
        return requests.stream().map(r -> timeline.machineCpuAt(r.start()))
                .filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).average();
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
