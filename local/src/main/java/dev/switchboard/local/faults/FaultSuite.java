package dev.switchboard.local.faults;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.Stream;

import dev.switchboard.events.Topic;
import dev.switchboard.local.LocalSettings;
import dev.switchboard.local.LocalSystem;
import dev.switchboard.local.demo.Demo;
import dev.switchboard.local.demo.DemoSettings;
import dev.switchboard.local.demo.gateway.GatewayClient;
import dev.switchboard.local.service.ServiceProcess;
import dev.switchboard.local.tap.EventTap;
import dev.switchboard.local.tap.ObservedEvent;

/**
 * {@code ./switchboard faults}: a fresh system on free ports (the Mongo stand-in on its H2 file, so that it can be
 * stopped and started), the simulated contact center as load, the plan's faults one after the other with calm
 * stretches between them, and then the audit of the raw topics and the stores.
 *
 * <pre>{@code
 * FaultReport report = new FaultSuite(FaultPlan.reduced(42), repoRoot, tempDir, System.out::println).run();
 * assertThat(report.audit().lost()).isZero();
 * }</pre>
 */
public final class FaultSuite {

    /** SLA targets short enough that deadlines come due (and must fire exactly once) while the faults happen. */
    static final String FAST_POLICY = """
            {"order":1,"match":{"priority":[],"channel":[],"customerTier":[],"team":[]},\
            "targets":{"FIRST_REPLY":"PT30S","NEXT_REPLY":"PT1M","PERIODIC_UPDATE":"PT2M","RESOLUTION":"PT2M"},\
            "calendar":"24x7","pauseOn":["PENDING","ON_HOLD"],"warnAt":[0.75],"escalation":[]}""";
    private static final Duration READY = Duration.ofMinutes(3);
    private static final Duration POLL = Duration.ofMillis(500);

    private final FaultPlan plan;
    private final Path repoRoot;
    private final Path dataDir;
    private final Consumer<String> out;

    public FaultSuite(FaultPlan plan, Path repoRoot, Path dataDir, Consumer<String> out) {
        this.plan = plan;
        this.repoRoot = repoRoot;
        this.dataDir = dataDir;
        this.out = out;
    }

    public FaultReport run() {
        LocalSettings settings = LocalSettings.forTests(repoRoot, dataDir).withPersistentMongo(true);
        out.accept("Starting a fresh Switchboard on free ports (data " + dataDir + ")...");
        try (LocalSystem system = new LocalSystem(settings).start();
             EventTap tap = EventTap.start(system.kafkaBootstrapServers(), topics())) {
            StoreProbe stores = new StoreProbe(system.gatewayUrl());
            int policy = stores.putPolicy("faults-fast", FAST_POLICY);
            if (policy / 100 != 2) {
                out.accept("  the short SLA policy was refused (" + policy + "): deadlines follow the defaults");
            }
            RecordingApi api = new RecordingApi(new GatewayClient(system.gatewayUrl()));
            List<String> log = new ArrayList<>();
            int poison = 0;
            try (Demo load = Demo.start(api, new DemoSettings(plan.ticketsPerMinute(), plan.seed()), out)) {
                pause(plan.calm());
                for (FaultScenario scenario : plan.scenarios()) {
                    out.accept("Fault: " + scenario.describe() + "...");
                    Instant start = Instant.now();
                    poison += inject(system, scenario);
                    log.add(scenario.describe() + ": recovered in "
                            + Duration.between(start, Instant.now()).toSeconds() + " s");
                    out.accept("  " + log.getLast());
                    pause(plan.calm());
                }
            }
            out.accept("Load stopped; letting the system catch up, then auditing...");
            Set<String> accepted = api.accepted();
            await(() -> missingFromView(stores, accepted).isEmpty(), plan.settle());
            pause(Duration.ofSeconds(5));
            Set<String> inView = new HashSet<>(accepted);
            inView.removeAll(missingFromView(stores, accepted));
            long truth = tap.count(e -> "switchboard.ticket.created.v1".equals(e.type())
                    && e.data().containsKey("ticketId"));
            await(() -> stores.analyticsCreated().orElse(-1) >= truth, plan.settle());
            OptionalLong analytics = stores.analyticsCreated();
            List<ObservedEvent> events = tap.events();
            AuditReport audit = new TopicAudit(events).audit(accepted, inView, api.capacities(),
                    analytics.orElse(-1), Instant.now());
            long deadLettered = events.stream().filter(e -> e.topic().endsWith(".dlq")).count();
            return new FaultReport(log, poison, deadLettered, audit);
        }
    }

    private int inject(LocalSystem system, FaultScenario scenario) {
        switch (scenario) {
            case FaultScenario.KillService kill -> {
                ServiceProcess service = system.service(kill.service());
                int restarts = service.restarts();
                service.kill();
                await(() -> service.restarts() > restarts, Duration.ofMinutes(1));
                service.awaitReady(READY);
            }
            case FaultScenario.RestartKafka restart -> system.restartKafka();
            case FaultScenario.RestartMongo restart -> system.restartMongo();
            case FaultScenario.PoisonRecords poison -> {
                return PoisonRecords.feed(system.kafkaBootstrapServers());
            }
        }
        return 0;
    }

    private static Set<String> missingFromView(StoreProbe stores, Set<String> accepted) {
        Set<String> missing = new HashSet<>();
        for (String id : accepted) {
            try {
                if (!stores.ticketInView(id)) {
                    missing.add(id);
                }
            } catch (RuntimeException e) {
                missing.add(id);
            }
        }
        return missing;
    }

    private static List<String> topics() {
        return Stream.of(Topic.TICKETS_EVENTS, Topic.ROUTING_EVENTS, Topic.SLA_EVENTS, Topic.TICKETS_INBOUND_DLQ,
                Topic.TICKETS_EVENTS_DLQ, Topic.AGENTS_EVENTS_DLQ, Topic.ROUTING_EVENTS_DLQ, Topic.SLA_EVENTS_DLQ)
                .map(Topic::topicName).toList();
    }

    /** Lets the load run for a while: the harness's pacing, not a wait for a result. */
    private static void pause(Duration duration) {
        LockSupport.parkNanos(duration.toNanos());
    }

    private static void await(BooleanSupplier done, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // a store that is still coming back counts as not done yet
            }
            LockSupport.parkNanos(POLL.toNanos());
        }
    }
}
