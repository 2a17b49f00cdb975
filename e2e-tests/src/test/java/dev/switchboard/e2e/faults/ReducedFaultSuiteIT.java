package dev.switchboard.e2e.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import dev.switchboard.local.faults.FaultPlan;
import dev.switchboard.local.faults.FaultReport;
import dev.switchboard.local.faults.FaultSuite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reduced form of {@code ./switchboard faults} that CI runs: under the simulated contact center's load, kill -9
 * ticket-service and routing-service in turn and feed poison records to every input topic; then no accepted ticket
 * may be missing and no ticket may have been held by two agents at once. The full suite (every service, Kafka and
 * Mongo restarts, SLA and analytics checks) is {@code ./switchboard faults}.
 */
class ReducedFaultSuiteIT {

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 8, unit = java.util.concurrent.TimeUnit.MINUTES)
    void shouldLoseNoAcceptedTicketAndAssignNoTicketTwiceWhenServicesAreKilledAndTopicsPoisoned() {
        Path repoRoot = Path.of("").toAbsolutePath().getParent();

        FaultReport report = new FaultSuite(FaultPlan.reduced(42), repoRoot, dataDir, System.out::println).run();

        assertThat(report.scenarios()).isEqualTo(3);
        assertThat(report.audit().accepted()).as("tickets the load created").isPositive();
        assertThat(report.audit().lost()).as(report.audit().problems().toString()).isZero();
        assertThat(report.audit().duplicateAssignments()).as(report.audit().problems().toString()).isZero();
        assertThat(report.audit().overCapacity()).as(report.audit().problems().toString()).isZero();
    }
}
