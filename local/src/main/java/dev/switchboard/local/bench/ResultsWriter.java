package dev.switchboard.local.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes {@code latest.json} (every key, {@code null} with a reason where not measured) and {@code latest.md}. */
public final class ResultsWriter {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ResultsWriter() {
    }

    public static Map<String, Object> toJson(BenchResults results) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> notes = new LinkedHashMap<>();
        Map<String, Object> goals = new LinkedHashMap<>();
        for (Figure figure : Figure.values()) {
            json.put(figure.key(), results.value(figure).orElse(null));
            results.noteOf(figure).ifPresent(note -> notes.put(figure.key(), note));
            Goal.of(figure).ifPresent(goal -> goals.put(figure.key(),
                    Map.of("goal", goal.text(), "met", goal.met(results).map(Object.class::cast).orElse("not measured"))));
        }
        json.put("fault_suite", results.faultSuite().<Object>map(f -> Map.of("scenarios", f.scenarios(),
                "lost", f.lost(), "duplicate_assignments", f.duplicateAssignments())).orElse(null));
        if (results.faultSuite().isEmpty()) {
            notes.put("fault_suite", results.faultSuiteNote());
        }
        json.put("goals", goals);
        json.put("notes", notes);
        json.put("machine", results.machine());
        json.put("run", results.parameters());
        return json;
    }

    public static void write(BenchResults results, Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve("latest.json"), JSON.writeValueAsString(toJson(results)) + "\n");
            Files.writeString(folder.resolve("latest.md"), MarkdownReport.render(results));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the results to " + folder, e);
        }
    }
}
