package dev.switchboard.local.bench;

import java.util.List;
import java.util.Optional;

/**
 * A target of issue 9 for one figure. {@link #met} is empty when the figure (or the figure it is relative to) was
 * not measured: the table then says "not measured" instead of pretending.
 */
public record Goal(Figure figure, String text, Check check) {

    @FunctionalInterface
    public interface Check {
        Optional<Boolean> met(BenchResults results);
    }

    public Optional<Boolean> met(BenchResults results) {
        return check.met(results);
    }

    /** Issue 9's bound on the analytics summary's p99, in milliseconds: above it a query counts as slow. */
    static final long ANALYTICS_P99_MS = 50;

    /** The goals of issue 9. */
    public static final List<Goal> ALL = List.of(
            new Goal(Figure.INGEST_BATCH, "≥ 25 % of the Kafka ceiling", r -> r.value(Figure.INGEST_BATCH)
                    .flatMap(batch -> r.value(Figure.KAFKA_CEILING).map(ceiling -> batch >= 0.25 * ceiling))),
            atLeast(Figure.INGEST_SINGLE, 3_000, "≥ 3,000 events/s"),
            atMost(Figure.ASSIGN_P99, 50, "≤ 50 ms"),
            atMost(Figure.SLA_LATENESS_P99, 250, "≤ 250 ms"),
            atLeast(Figure.SLA_OPEN_CLOCKS, 1_000_000, "1,000,000 clocks open"),
            atMost(Figure.SLA_HEAP_PER_CLOCK, 300, "≤ 300 bytes"),
            atMost(Figure.ANALYTICS_P99, ANALYTICS_P99_MS, "≤ 50 ms"));

    public static Optional<Goal> of(Figure figure) {
        return ALL.stream().filter(goal -> goal.figure() == figure).findFirst();
    }

    private static Goal atLeast(Figure figure, double bound, String text) {
        return new Goal(figure, text, r -> r.value(figure).map(v -> v >= bound));
    }

    private static Goal atMost(Figure figure, double bound, String text) {
        return new Goal(figure, text, r -> r.value(figure).map(v -> v <= bound));
    }
}
