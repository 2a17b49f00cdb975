package dev.switchboard.local.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One fault suite run: the scenarios injected (with how each went), the poison written and dead-lettered, and the
 * audit. {@code faults-latest.json} carries {@code scenarios}, {@code lost} and {@code duplicate_assignments} at the
 * top, which the bench copies into its {@code fault_suite}.
 */
public record FaultReport(List<String> scenarioLog, int poisonRecords, long deadLettered, AuditReport audit) {

    public FaultReport {
        scenarioLog = List.copyOf(scenarioLog);
    }

    public int scenarios() {
        return scenarioLog.size();
    }

    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenarios", scenarios());
        json.put("lost", audit.lost());
        json.put("duplicate_assignments", audit.duplicateAssignments());
        json.put("over_capacity", audit.overCapacity());
        json.put("sla_missed_deadlines", audit.missedDeadlines());
        json.put("sla_duplicate_fires", audit.duplicateFires());
        json.put("analytics_created", audit.analyticsCreated());
        json.put("truth_created", audit.truthCreated());
        json.put("accepted_tickets", audit.accepted());
        json.put("poison_records", poisonRecords);
        json.put("dead_lettered", deadLettered);
        json.put("scenario_log", scenarioLog);
        json.put("problems", audit.problems().stream().limit(50).toList());
        return json;
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(toJson()) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
