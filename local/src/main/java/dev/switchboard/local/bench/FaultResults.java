package dev.switchboard.local.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The latest fault suite's headline, as {@code ./switchboard faults} left it in {@code faults-latest.json}. */
public final class FaultResults {

    public static final String FILE = "faults-latest.json";

    private FaultResults() {
    }

    public static Optional<BenchResults.FaultSummary> latest(Path resultsFolder) {
        Path file = resultsFolder.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode json = JsonMapper.builder().build().readTree(file.toFile());
            return Optional.of(new BenchResults.FaultSummary(json.path("scenarios").asInt(),
                    json.path("lost").asLong(), json.path("duplicate_assignments").asLong()));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }
}
