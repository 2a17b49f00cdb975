package dev.switchboard.local.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Which faults to inject and under how much load.
 *
 * @param ticketsPerMinute the simulated contact center's arrival rate during the run
 * @param calm             load without faults before the first and after each fault, so each one hits a working system
 * @param settle           after the last fault: how long the suite waits for the system to catch up before it audits
 */
public record FaultPlan(List<FaultScenario> scenarios, double ticketsPerMinute, long seed, Duration calm,
                        Duration settle) {

    public FaultPlan {
        scenarios = List.copyOf(scenarios);
    }

    private static final List<String> SERVICES = List.of("ticket-service", "routing-service", "sla-service",
            "analytics-service", "gateway");

    /** {@code ./switchboard faults}: every service killed in turn, Kafka and Mongo restarted, poison everywhere. */
    public static FaultPlan full(long seed) {
        List<FaultScenario> scenarios = new ArrayList<>();
        SERVICES.forEach(service -> scenarios.add(new FaultScenario.KillService(service)));
        scenarios.add(new FaultScenario.PoisonRecords());
        scenarios.add(new FaultScenario.RestartKafka());
        scenarios.add(new FaultScenario.RestartMongo());
        return new FaultPlan(scenarios, 120, seed, Duration.ofSeconds(20), Duration.ofSeconds(60));
    }

    /** The reduced form CI runs: the two services on the intake and assignment path, and poison; about 3 minutes. */
    public static FaultPlan reduced(long seed) {
        return new FaultPlan(List.of(new FaultScenario.KillService("ticket-service"),
                new FaultScenario.KillService("routing-service"), new FaultScenario.PoisonRecords()),
                60, seed, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }
}
