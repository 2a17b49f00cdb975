package dev.switchboard.local.bench;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The table the README's Performance section shows: every figure, its goal, and whether the goal was met. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(BenchResults results) {
        StringBuilder md = new StringBuilder();
        md.append("| figure | value | of the Kafka ceiling | goal | met |\n|---|---:|---:|---|---|\n");
        for (Figure figure : Figure.values()) {
            Optional<Goal> goal = Goal.of(figure);
            md.append("| ").append(figure.label()).append(" (`").append(figure.key()).append("`) | ")
                    .append(results.value(figure).map(v -> format(v) + " " + figure.unit()).orElse("not measured"))
                    .append(" | ").append(shareOfCeiling(figure, results))
                    .append(" | ").append(goal.map(Goal::text).orElse("—"))
                    .append(" | ").append(goal.map(g -> verdict(g, results)).orElse("—"))
                    .append(" |\n");
        }
        md.append("| Fault suite (`fault_suite`) | ").append(results.faultSuite()
                .map(f -> "%d scenarios, %d lost, %d duplicate assignments".formatted(f.scenarios(), f.lost(),
                        f.duplicateAssignments()))
                .orElse("not run")).append(" | — | 0 lost, 0 duplicates | ")
                .append(results.faultSuite().map(f -> f.lost() == 0 && f.duplicateAssignments() == 0 ? "yes" : "**no**")
                        .orElse("not measured")).append(" |\n");
        md.append('\n');
        appendNotes(md, results);
        md.append("\nMachine: ").append(join(results.machine())).append('\n');
        md.append("\nRun: ").append(join(results.parameters())).append('\n');
        return md.toString();
    }

    /** The machine is shared and noisy: a throughput means most next to the broker's own, measured in the same run. */
    private static String shareOfCeiling(Figure figure, BenchResults results) {
        if (!figure.isThroughput()) {
            return "—";
        }
        return results.value(figure).flatMap(v -> results.value(Figure.KAFKA_CEILING).filter(c -> c > 0)
                        .map(c -> String.format(Locale.ROOT, "%.1f %%", 100 * v / c)))
                .orElse("—");
    }

    private static String verdict(Goal goal, BenchResults results) {
        return goal.met(results).map(met -> met ? "yes" : "**no**").orElse("not measured");
    }

    private static void appendNotes(StringBuilder md, BenchResults results) {
        boolean any = false;
        for (Figure figure : Figure.values()) {
            Optional<String> note = results.noteOf(figure);
            if (note.isPresent()) {
                if (!any) {
                    md.append("Notes:\n");
                    any = true;
                }
                md.append("- `").append(figure.key()).append("`: ").append(note.get()).append('\n');
            }
        }
        if (results.faultSuite().isEmpty()) {
            md.append(any ? "" : "Notes:\n").append("- `fault_suite`: ").append(results.faultSuiteNote()).append('\n');
        }
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) value);
        }
        return String.format(Locale.ROOT, "%,.1f", value);
    }

    private static String join(Map<String, Object> entries) {
        StringBuilder text = new StringBuilder();
        entries.forEach((k, v) -> text.append(text.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
        return text.toString();
    }
}
