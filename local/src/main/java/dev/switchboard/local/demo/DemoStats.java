package dev.switchboard.local.demo;

/** Counters for the line the demo prints each minute. Used from the demo's single scheduler thread only. */
final class DemoStats {

    private long created;
    private long assigned;
    private long solved;
    private long failures;
    private long createdAtLastReport;
    private long solvedAtLastReport;

    void ticketCreated() {
        created++;
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

    long failedCalls() {
        return failures;
    }

    /** One line covering the minute since the previous call, e.g. {@code created 10 (total 52) ...}. */
    String minuteLine(int waiting) {
        String line = "demo: last minute created %d, solved %d; total created %d, assigned %d, solved %d; waiting %d%s"
                .formatted(created - createdAtLastReport, solved - solvedAtLastReport, created, assigned, solved,
                        waiting, failures == 0 ? "" : "; failed calls " + failures);
        createdAtLastReport = created;
        solvedAtLastReport = solved;
        return line;
    }
}
