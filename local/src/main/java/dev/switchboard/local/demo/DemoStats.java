package dev.switchboard.local.demo;

import java.util.Map;
import java.util.TreeMap;

/** Counters for the line the demo prints each minute. Used from the demo's single scheduler thread only. */
final class DemoStats {

    private final Map<String, Long> createdPerTeam = new TreeMap<>();
    private long created;
    private long reopened;
    private long assigned;
    private long solved;
    private long failures;
    private long createdAtLastReport;
    private long solvedAtLastReport;

    void ticketCreated(String team) {
        created++;
        createdPerTeam.merge(team, 1L, Long::sum);
    }

    void ticketReopened() {
        reopened++;
    }

    void ticketAssigned() {
        assigned++;
    }

    void ticketSolved() {
        solved++;
    }

    void callFailed() {
        failures++;
    }

    long createdTotal() {
        return created;
    }

    long solvedTotal() {
        return solved;
    }

    long reopenedTotal() {
        return reopened;
    }

    Map<String, Long> createdPerTeam() {
        return Map.copyOf(createdPerTeam);
    }

    long failedCalls() {
        return failures;
    }

    /** One line covering the minute since the previous call, e.g. {@code created 10 (total 52) ...}. */
    String minuteLine(int waiting) {
        String line = ("demo: last minute created %d, solved %d; total created %d %s, assigned %d, solved %d, "
                + "reopened %d; waiting %d%s")
                .formatted(created - createdAtLastReport, solved - solvedAtLastReport, created, createdPerTeam,
                        assigned, solved, reopened, waiting, failures == 0 ? "" : "; failed calls " + failures);
        createdAtLastReport = created;
        solvedAtLastReport = solved;
        return line;
    }
}
