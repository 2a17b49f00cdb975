package dev.switchboard.analytics.fact;

import java.time.Instant;
import java.util.Objects;

/**
 * One thing a ticket adds to the KPIs of the time bucket holding {@code at}, in its {@link Cell}: an amount added to
 * the counter {@code name} ({@link Kind#COUNT}), or one sample of the duration {@code name} ({@link Kind#SAMPLE},
 * {@code value} already quantized by {@link SampleScale}). The names are the constants of {@link KpiNames}.
 */
public record Contribution(Instant at, Cell cell, Kind kind, String name, long value) {

    public enum Kind { COUNT, SAMPLE }

    public Contribution {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cell, "cell");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }

    static Contribution count(Instant at, Cell cell, String name, long amount) {
        return new Contribution(at, cell, Kind.COUNT, name, amount);
    }

    static Contribution sample(Instant at, Cell cell, SampleScale scale, long rawValue) {
        return new Contribution(at, cell, Kind.SAMPLE, scale.sampleName(), scale.quantize(rawValue));
    }
}
