package dev.switchboard.local.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** CPU seconds by part ({@link ProcessCpu#sample}'s keys) added up over stretches the bench wants to leave out. */
final class CpuSpent {

    private final Map<String, Double> seconds = new LinkedHashMap<>();

    /** Adds what each part used between two samples. */
    void add(Map<String, Double> before, Map<String, Double> after) {
        after.forEach((part, at) -> seconds.merge(part, at - before.getOrDefault(part, at), Double::sum));
    }

    /** A later sample as if the stretches added here had not been spent. */
    Map<String, Double> subtractedFrom(Map<String, Double> sample) {
        Map<String, Double> less = new LinkedHashMap<>();
        sample.forEach((part, at) -> less.put(part, at - seconds.getOrDefault(part, 0.0)));
        return less;
    }
}
