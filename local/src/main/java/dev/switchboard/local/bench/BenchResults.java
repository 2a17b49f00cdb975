package dev.switchboard.local.bench;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one bench run measured: a value or, where the running system could not give one, the reason why; plus the
 * machine it ran on, the fault suite's latest summary and the run's parameters. Filled by one thread.
 */
public final class BenchResults {

    private final Map<Figure, Double> values = new EnumMap<>(Figure.class);
    private final Map<Figure, String> notes = new EnumMap<>(Figure.class);
    private final Map<String, Object> machine = new LinkedHashMap<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private FaultSummary faultSuite;
    private String faultSuiteNote = "not run: ./switchboard faults writes bench/results/faults-latest.json";

    /** The fault suite's headline numbers, as the JSON's {@code fault_suite} object. */
    public record FaultSummary(int scenarios, long lost, long duplicateAssignments) {
    }

    public BenchResults measured(Figure figure, double value) {
        values.put(figure, value);
        return this;
    }

    /** The figure could not be measured; the JSON carries {@code null} and the reason. */
    public BenchResults notMeasured(Figure figure, String reason) {
        values.remove(figure);
        notes.put(figure, reason);
        return this;
    }

    /** A remark on a measured figure, e.g. how many samples it rests on. */
    public BenchResults note(Figure figure, String note) {
        notes.put(figure, note);
        return this;
    }

    public BenchResults machine(String key, Object value) {
        machine.put(key, value);
        return this;
    }

    public BenchResults parameter(String key, Object value) {
        parameters.put(key, value);
        return this;
    }

    public BenchResults faultSuite(FaultSummary summary) {
        this.faultSuite = summary;
        return this;
    }

    public BenchResults faultSuiteNote(String note) {
        this.faultSuiteNote = note;
        return this;
    }

    public Optional<Double> value(Figure figure) {
        return Optional.ofNullable(values.get(figure));
    }

    public Optional<String> noteOf(Figure figure) {
        return Optional.ofNullable(notes.get(figure));
    }

    public Optional<FaultSummary> faultSuite() {
        return Optional.ofNullable(faultSuite);
    }

    public String faultSuiteNote() {
        return faultSuiteNote;
    }

    public Map<String, Object> machine() {
        return Collections.unmodifiableMap(machine);
    }

    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(parameters);
    }
}
