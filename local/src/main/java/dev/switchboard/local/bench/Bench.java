package dev.switchboard.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.ToLongFunction;

import dev.switchboard.events.Topic;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaStarted;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.local.LocalSettings;
import dev.switchboard.local.LocalSystem;
import dev.switchboard.local.service.ServiceProcess;
import dev.switchboard.local.service.SwitchboardService;
import dev.switchboard.local.tap.EventTap;
import dev.switchboard.local.tap.ObservedEvent;

/**
 * {@code ./switchboard bench}: starts a fresh system on free ports, runs the phases of issue 9 one after the other
 * (so they do not steal each other's two cores), and writes {@code bench/results/latest.json} and {@code latest.md}.
 * A phase that fails or that the running system cannot serve yields {@code null} with the reason, never a guess.
 */
public final class Bench {

    static final String INTAKE_TEAM = "bench-intake";
    static final String ASSIGN_TEAM = "bench-assign";
    static final String SLA_TEAM = "bench-sla";
    private static final String SLA_GROUP = "sla-service";
    private static final String ADMIN_KEY = "dev-admin-key";
    private static final String MANAGER_KEY = "dev-manager-key";
    private static final Duration POLL = Duration.ofMillis(250);
    private static final Duration LAG_POLL = Duration.ofSeconds(2);
    /** Queries per round of the analytics warm-up, whose CPU per query the results keep round by round. */
    private static final int ANALYTICS_WARM_UP_ROUND = 250;

    private final BenchPlan plan;
    private final Path repoRoot;
    private final Path dataDir;
    private final Consumer<String> out;
    private final BenchResults results = new BenchResults();
    private int heapMarkers;
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private final TicketBodies bodies = new TicketBodies(runId);

    public Bench(BenchPlan plan, Path repoRoot, Path dataDir, Consumer<String> out) {
        this.plan = plan;
        this.repoRoot = repoRoot;
        this.dataDir = dataDir;
        this.out = out;
    }

    public BenchResults run() {
        MachineFacts.describe(results, Instant.now());
        results.parameter("plan", plan.toString());
        out.accept("Starting a fresh Switchboard on free ports (data " + dataDir + ")...");
        // the gateway's per-key rate limit would cap every intake figure at its refill rate; the intake phases leave
        // thousands of tickets of a team without agents waiting, which skill expansion would hand to the
        // assignment phase's agents after a few minutes and so measure the backlog, not the decision path
        LocalSettings settings = LocalSettings.forTests(repoRoot, dataDir)
                .withExtraArgs(List.of("--switchboard.gateway.rate-limit.enabled=false",
                        "--switchboard.routing.policy.expansion-after=1h,2h,3h"))
                // a full GC keeps a soft reference used within one second per free megabyte of heap (about 5 minutes
                // in sla-service): the JDK's reflection caches that startup filled were still held at the heap slope's
                // first point and gone at its last, megabytes more than the clocks opened between weigh. With 0 every
                // soft reference not used since the previous collection goes, at both points alike.
                .withJvmOptions(SwitchboardService.SLA, List.of("-XX:SoftRefLRUPolicyMSPerMB=0"));
        try (LocalSystem system = new LocalSystem(settings).start();
             EventTap tap = EventTap.start(system.kafkaBootstrapServers(), List.of(Topic.TICKETS_EVENTS.topicName(),
                     Topic.ROUTING_EVENTS.topicName(), Topic.SLA_EVENTS.topicName()))) {
            HttpLoad gateway = HttpLoad.throughGateway(system.gatewayUrl());
            HttpLoad direct = HttpLoad.directTo(system.service("ticket-service").baseUrl(), "ticket-service");
            ServiceProcess sla = system.service("sla-service");
            HeapProbe heap = new HeapProbe();
            phase("warm-up", () -> gateway.run("/tickets", n -> bodies.create("warmup", n, INTAKE_TEAM, "NORMAL"),
                    1, 500, 8, plan.phaseLimit()));
            Map<String, Long> pids = new LinkedHashMap<>();
            for (SwitchboardService service : SwitchboardService.values()) {
                pids.put(service.serviceName(), system.service(service.serviceName()).pid());
            }
            Optional<Map<String, Double>> cpuAtIntake = ProcessCpu.sample(pids);
            long ticketsAtIntake = ticketsCreated(tap);
            phase("single-event intake, straight to ticket-service", () -> singleIntake(direct,
                    Figure.INGEST_SINGLE_DIRECT, Figure.INGEST_SINGLE_DIRECT_P99));
            phase("single-event intake through the gateway", () -> singleIntake(gateway,
                    Figure.INGEST_SINGLE, Figure.INGEST_SINGLE_P99));
            phase("batch intake, straight to ticket-service", () -> batchIntake(direct,
                    Figure.INGEST_BATCH_DIRECT, Figure.INGEST_BATCH_DIRECT_P99));
            // a clock's heap is the slope over the last batch phase: its twin, the batch phase just run, left the
            // caches that traffic fills as the last one will leave them. Buffers still swing byte[] by megabytes
            // between the points, so slaFootprint prices byte[] by the new strings instead
            long beforeLastBatch = ticketsCreated(tap);
            awaitQuiet(() -> distinctTickets(tap, SlaStarted.TYPE) >= beforeLastBatch,
                    Duration.ofMinutes(2));
            awaitSlaSettled(gateway, tap, system.kafkaBootstrapServers());
            Optional<ClassHistogram> heapBefore = attempt("SLA baseline heap",
                    () -> Optional.of(heap.liveObjects(sla.pid())));
            double clocksBefore = openClocks(heap, sla, tap);
            phase("batch intake through the gateway", () -> batchIntake(gateway,
                    Figure.INGEST_BATCH, Figure.INGEST_BATCH_P99));
            phase("SLA footprint", () -> slaFootprint(gateway, heap, sla, tap, heapBefore, clocksBefore,
                    system.kafkaBootstrapServers()));
            phase("created → assigned latency", () -> assignLatency(gateway, tap, system.kafkaBootstrapServers(),
                    () -> recordCpuPerTicket(cpuAtIntake, ProcessCpu.sample(pids),
                            ticketsCreated(tap) - ticketsAtIntake)));
            phase("SLA fire lateness", () -> slaLateness(gateway, tap, system.kafkaBootstrapServers()));
            phase("analytics query", () -> analyticsQuery(system, gateway, tap, pids));
            phase("Kafka ceiling", () -> kafkaCeiling(system, tap));
            results.parameter("tickets_in_history", ticketsCreated(tap));
        }
        for (Figure figure : Figure.values()) {
            if (results.value(figure).isEmpty() && results.noteOf(figure).isEmpty()) {
                results.notMeasured(figure, "its phase failed; see run.failed_* for the error");
            }
        }
        return results;
    }

    private void singleIntake(HttpLoad load, Figure rate, Figure p99) {
        String phase = "single-" + rate.ordinal();
        HttpLoad.Outcome outcome = load.run("/tickets", n -> bodies.create(phase, n, INTAKE_TEAM, "NORMAL"),
                1, plan.singleEvents(), plan.singleConcurrency(), plan.phaseLimit());
        record(outcome, rate, p99, "%d creates accepted (201, durable in Kafka), %d failed, %d callers, %.1f s"
                .formatted(outcome.accepted(), outcome.failed(), plan.singleConcurrency(),
                        outcome.elapsed().toMillis() / 1000.0));
    }

    private void batchIntake(HttpLoad load, Figure rate, Figure p99) {
        int size = plan.batchSize();
        String phase = "batch-" + rate.ordinal();
        HttpLoad.Outcome outcome = load.run("/tickets/batch",
                n -> bodies.batch(phase, n * size, size, INTAKE_TEAM), size, plan.batches(),
                plan.batchConcurrency(), plan.phaseLimit());
        record(outcome, rate, p99, "%d batches of %d accepted, %d failed, %d callers, %.1f s"
                .formatted(outcome.accepted(), size, outcome.failed(), plan.batchConcurrency(),
                        outcome.elapsed().toMillis() / 1000.0));
    }

    private void record(HttpLoad.Outcome outcome, Figure rate, Figure p99, String note) {
        results.measured(rate, Math.round(outcome.eventsPerSecond())).note(rate, note);
        if (outcome.latencies().isEmpty()) {
            results.notMeasured(p99, "no request was accepted");
        } else {
            results.measured(p99, outcome.latencies().at(99)).note(p99, "p50 %d ms"
                    .formatted(outcome.latencies().at(50)));
        }
        out.accept("  %s: %d events/s, p99 %s ms".formatted(rate.label(), Math.round(outcome.eventsPerSecond()),
                outcome.latencies().isEmpty() ? "-" : Long.toString(outcome.latencies().at(99))));
    }

    private void slaFootprint(HttpLoad gateway, HeapProbe heap, ServiceProcess sla, EventTap tap,
                              Optional<ClassHistogram> heapBefore, double clocksBefore, String bootstrapServers) {
        // the SLA service has seen every ticket once it published a clock start for each (or the wait runs out)
        long tickets = ticketsCreated(tap);
        awaitQuiet(() -> distinctTickets(tap, SlaStarted.TYPE) >= tickets, Duration.ofMinutes(2));
        awaitSlaSettled(gateway, tap, bootstrapServers);
        double clocks = openClocks(heap, sla, tap);
        ClassHistogram heapAfter = heap.liveObjects(sla.pid());
        results.measured(Figure.SLA_OPEN_CLOCKS, clocks);
        if (heapBefore.isEmpty() || clocks - clocksBefore < 1_000) {
            results.notMeasured(Figure.SLA_HEAP_PER_CLOCK, "too few clocks opened (" + (clocks - clocksBefore)
                    + ") or no heap figure from jcmd GC.class_histogram");
            return;
        }
        // the profile behind the slope: which classes grew with the clocks, and what else grew or shrank meanwhile
        ClassHistogram before = heapBefore.get();
        results.parameter("sla_heap_largest_class_changes", before.largestChanges(heapAfter, 12));
        double opened = clocks - clocksBefore;
        long wholeService = heapAfter.totalBytes() - before.totalBytes();
        results.parameter("sla_heap_bytes_per_clock_whole_service", Math.round(wholeService / opened));
        // byte arrays are where buffers live (a consumer's last fetch response, the clients' pools), and byte[] moved
        // by -2.3 to +3.6 MB between the two points in six runs, as much as 20,000 clocks weigh, while the other
        // classes gave 47-61 B per clock in the four runs we worked out. So byte[] counts as what a clock adds to it:
        // the text of the strings that appeared, each a ticket id (compact Latin-1: a 16-byte array header and the
        // id, 8-byte aligned)
        OptionalInt idLength = tap.events().stream().filter(e -> TicketCreated.TYPE.equals(e.type()))
                .mapToInt(e -> e.ticketId().length()).findFirst();
        if (idLength.isEmpty()) {
            results.notMeasured(Figure.SLA_HEAP_PER_CLOCK, "no ticket id seen on the topics to size the strings by");
            return;
        }
        long idArrayBytes = 16 + (idLength.getAsInt() + 7) / 8 * 8;
        long byteArrays = heapAfter.bytesOfClass("[B") - before.bytesOfClass("[B");
        long strings = heapAfter.instancesOfClass("java.lang.String") - before.instancesOfClass("java.lang.String");
        long clockBytes = wholeService - byteArrays + strings * idArrayBytes;
        double perClock = clockBytes / opened;
        String how = ("live objects (jcmd GC.class_histogram, which collects first) after the batch phase straight to "
                + "ticket-service and after its twin through the gateway, %.0f clocks opened between: every class but "
                + "byte[] grew by %,d B, and the %,d new strings' text by %,d B at %d B each; the whole heap moved by "
                + "%,d B, byte[] by %,d B (see sla_heap_bytes_per_clock_whole_service, sla_heap_largest_class_changes)")
                .formatted(opened, wholeService - byteArrays, strings, strings * idArrayBytes, idArrayBytes,
                        wholeService, byteArrays);
        if (Math.round(perClock) <= 0) {
            // clocks cost memory: a heap that did not grow means something else shrank by more, not a free clock
            results.notMeasured(Figure.SLA_HEAP_PER_CLOCK, how + "; the heap did not grow, so the slope says nothing");
            out.accept("  SLA: %.0f clocks open, heap per clock not measured (%s)".formatted(clocks, how));
            return;
        }
        results.measured(Figure.SLA_HEAP_PER_CLOCK, Math.round(perClock)).note(Figure.SLA_HEAP_PER_CLOCK, how
                + "; the whole system works off a few dozen tickets a second on this machine, so 1,000,000 clocks are "
                + "out of reach of a run: the figure is the slope per clock");
        out.accept("  SLA: %.0f clocks open, %d heap bytes per clock".formatted(clocks, Math.round(perClock)));
    }

    /**
     * Brings sla-service to the same rest before each heap point. It waits (up to 3 min) until the service has read
     * everything on its topics: records fetched and not yet handled are heap too, and at one end of the slope only
     * they would be counted as clocks (a run measured -3 B per clock). Then it sends one marker ticket and waits until
     * the service started its clocks: a Kafka consumer keeps the last fetch response it read until a newer one
     * arrives, and after a burst that is megabytes (a heap dump held one 2,922,168-byte array under a consumed
     * {@code CompletedFetch}), after one record a few hundred bytes.
     */
    private void awaitSlaSettled(HttpLoad gateway, EventTap tap, String bootstrapServers) {
        awaitNoLag(bootstrapServers, lag -> lag.ofGroup(SLA_GROUP), Duration.ofMinutes(3));
        String marker = gateway.createOne(bodies.create("heap-marker", heapMarkers++, INTAKE_TEAM, "NORMAL"));
        awaitQuiet(() -> tap.events().stream().anyMatch(e -> SlaStarted.TYPE.equals(e.type())
                && marker.equals(e.ticketId())), Duration.ofMinutes(1));
        awaitNoLag(bootstrapServers, lag -> lag.ofGroup(SLA_GROUP), Duration.ofMinutes(1));
    }

    /** The service's own gauge when it has one; else clocks started and not ended, counted on the topic. */
    private double openClocks(HeapProbe heap, ServiceProcess sla, EventTap tap) {
        Optional<Double> gauge = attempt("open clocks", () -> {
            OptionalDouble running = heap.metric(sla.baseUrl(), "switchboard_sla_clocks_open", "state=\"RUNNING\"");
            return running.isPresent() ? Optional.of(running.getAsDouble()) : Optional.empty();
        });
        if (gauge.isPresent()) {
            return gauge.get();
        }
        results.note(Figure.SLA_OPEN_CLOCKS, "counted on sla.events (started minus achieved/breached): "
                + "sla-service exposes no switchboard.sla.clocks.open gauge");
        Set<String> open = new HashSet<>();
        for (ObservedEvent event : tap.events()) {
            String clock = event.ticketId() + ":" + event.field("metric").orElse("");
            switch (String.valueOf(event.type())) {
                case SlaStarted.TYPE -> open.add(clock);
                case "switchboard.sla.achieved.v1", "switchboard.sla.breached.v1" -> open.remove(clock);
                default -> { }
            }
        }
        return open.size();
    }

    private void assignLatency(HttpLoad gateway, EventTap tap, String bootstrapServers, Runnable onceCaughtUp) {
        int agents = 10;
        for (int i = 1; i <= agents; i++) {
            String agent = "bench-agent-" + runId + "-" + i;
            requireOk(gateway.put("/agents/" + agent, ADMIN_KEY, """
                    {"name":"Bench %d","team":"%s","tier":1,"skills":{"billing":3},\
                    "capacity":{"EMAIL":1000,"CHAT":1000,"PHONE":1000,"WEB":1000,"SOCIAL":1000}}""".formatted(i, ASSIGN_TEAM)),
                    "PUT /agents");
            requireOk(gateway.put("/agents/" + agent + "/presence", HttpLoad.PLATFORM_KEY,
                    "{\"status\":\"AVAILABLE\"}"), "PUT presence");
        }
        // routing must first have read the intake phases' tickets (each queued once), or the figure measures how long
        // it takes to work off that backlog, not one decision
        long created = ticketsCreated(tap);
        Instant backlogFrom = Instant.now();
        awaitQuiet(() -> distinctTickets(tap, "switchboard.routing.queued.v1") >= created, Duration.ofMinutes(15));
        results.parameter("routing_backlog_drained_in_s", Duration.between(backlogFrom, Instant.now()).toSeconds());
        // and the other services too: on two cores their catching up would be measured as routing's latency
        Instant catchUpFrom = Instant.now();
        try (ConsumerLag lag = new ConsumerLag(bootstrapServers)) {
            results.parameter("consumer_lag_before_assign_phase", lag.total());
            // each look is a round of admin requests per group: every 2 s, not every poll, while the services catch up
            awaitQuiet(() -> lag.total() == 0, Duration.ofMinutes(15), LAG_POLL);
            long left = lag.total();
            results.parameter("consumer_lag_at_assign_phase", left);
            results.parameter("consumers_caught_up_in_s", Duration.between(catchUpFrom, Instant.now()).toSeconds());
            if (left == 0) {
                onceCaughtUp.run();
            } else {
                results.parameter("cpu_ms_per_ticket", "not measured: the consumers had not caught up in 15 min");
            }
        }
        // the first tickets pay for cold code paths in routing: measured separately from the figure
        Set<String> warm = createPaced(gateway, "assign-warmup", 20, ASSIGN_TEAM, plan.assignPerSecond());
        awaitQuiet(() -> countFor(tap, TicketAssigned.TYPE, warm) >= warm.size(), Duration.ofMinutes(1));
        Optional<Percentiles> light = assignedWithin(gateway, tap, "assign", plan.assignTickets(),
                plan.assignPerSecond());
        if (light.isEmpty()) {
            results.notMeasured(Figure.ASSIGN_P50, "no ticket was assigned within a minute")
                    .notMeasured(Figure.ASSIGN_P99, "no ticket was assigned within a minute");
            return;
        }
        Percentiles latency = light.get();
        results.measured(Figure.ASSIGN_P50, latency.at(50)).measured(Figure.ASSIGN_P99, latency.at(99))
                .note(Figure.ASSIGN_P99, "%d of %d tickets assigned, %d agents available, %d tickets/s; record "
                        .formatted(latency.count(), plan.assignTickets(), agents, plan.assignPerSecond())
                        + "timestamps of ticket.created and routing.assigned, once every consumer group had worked "
                        + "off the intake phases (see consumer_lag_*); at a higher rate see assign_latency_loaded_*");
        out.accept("  created → assigned at " + plan.assignPerSecond() + " tickets/s: p50 " + latency.at(50)
                + " ms, p99 " + latency.at(99) + " ms");
        assignedWithin(gateway, tap, "assign-loaded", plan.loadedAssignTickets(), plan.loadedAssignPerSecond())
                .ifPresent(loaded -> {
                    String rate = plan.loadedAssignPerSecond() + " tickets/s";
                    results.parameter("assign_latency_loaded_tickets_per_s", plan.loadedAssignPerSecond());
                    results.parameter("assign_latency_loaded_p50_ms", loaded.at(50));
                    results.parameter("assign_latency_loaded_p99_ms", loaded.at(99));
                    out.accept("  created → assigned at " + rate + ": p50 " + loaded.at(50) + " ms, p99 "
                            + loaded.at(99) + " ms");
                });
        // the loaded run leaves every service a little behind: the SLA phase starts from a system at rest again
        awaitConsumersAtRest(bootstrapServers);
    }

    /** Waits up to five minutes for every consumer group to have read everything; answers the lag left. */
    private static long awaitConsumersAtRest(String bootstrapServers) {
        return awaitNoLag(bootstrapServers, ConsumerLag::total, Duration.ofMinutes(5));
    }

    private static long awaitNoLag(String bootstrapServers, ToLongFunction<ConsumerLag> lagOf, Duration limit) {
        try (ConsumerLag lag = new ConsumerLag(bootstrapServers)) {
            // each look is a round of admin requests per group: every 2 s, not every poll
            awaitQuiet(() -> lagOf.applyAsLong(lag) == 0, limit, LAG_POLL);
            return lagOf.applyAsLong(lag);
        }
    }

    /** Creates the tickets at the rate and waits up to a minute after the last for their assignment. */
    private Optional<Percentiles> assignedWithin(HttpLoad gateway, EventTap tap, String label, int tickets,
                                                 int perSecond) {
        Set<String> measured = createPaced(gateway, label, tickets, ASSIGN_TEAM, perSecond);
        awaitQuiet(() -> countFor(tap, TicketAssigned.TYPE, measured) >= measured.size(), Duration.ofMinutes(1));
        Percentiles latency = new Percentiles(Latencies.createdToAssignedMs(tap.events(), measured));
        return latency.isEmpty() ? Optional.empty() : Optional.of(latency);
    }

    /**
     * Where the CPU of a ticket goes: each part's CPU time from the start of the intake phases until every consumer
     * group had worked them off, divided by the tickets created meanwhile (so each ticket's whole way through the
     * system is counted, whichever phase paid for it).
     */
    private void recordCpuPerTicket(Optional<Map<String, Double>> before, Optional<Map<String, Double>> after,
                                    long tickets) {
        if (before.isEmpty() || after.isEmpty()) {
            results.parameter("cpu_ms_per_ticket", "not measured: no /proc on this system");
            return;
        }
        Map<String, Double> perTicket = ProcessCpu.perEvent(before.get(), after.get(), tickets);
        results.parameter("cpu_ms_per_ticket", perTicket);
        results.parameter("cpu_ms_per_ticket_over_tickets", tickets);
        out.accept("  CPU ms per ticket, intake until every consumer caught up (" + tickets + " tickets): " + perTicket);
    }

    private void slaLateness(HttpLoad gateway, EventTap tap, String bootstrapServers) {
        // the loaded assignment phase asks for more than two cores give on a slow day (its p50 reached 4.3 s): the
        // figure is the timer's, so the phase starts once every service has worked that backlog off, as the others do
        results.parameter("consumer_lag_at_sla_phase", awaitConsumersAtRest(bootstrapServers));
        String policy = """
                {"order":1,"match":{"priority":[],"channel":[],"customerTier":[],"team":["%s"]},\
                "targets":{"FIRST_REPLY":"%s","NEXT_REPLY":"P1D","PERIODIC_UPDATE":"P1D","RESOLUTION":"P3D"},\
                "calendar":"24x7","pauseOn":["PENDING","ON_HOLD"],"warnAt":[0.75],"escalation":[]}"""
                .formatted(SLA_TEAM, plan.slaTarget());
        requireOk(gateway.put("/sla/policies/bench-lateness", ADMIN_KEY, policy), "PUT /sla/policies/bench-lateness");
        // nobody works team bench-sla, so every FIRST_REPLY clock runs out and fires
        Set<String> tickets = createPaced(gateway, "sla", plan.slaTickets(), SLA_TEAM, plan.slaPerSecond());
        awaitQuiet(() -> countFor(tap, SlaBreached.TYPE, tickets) >= tickets.size(),
                plan.slaTarget().plus(Duration.ofMinutes(1)));
        Percentiles lateness = new Percentiles(Latencies.breachLatenessMs(tap.events(), tickets));
        if (lateness.isEmpty()) {
            results.notMeasured(Figure.SLA_LATENESS_P99, "no sla.breached for the bench-sla tickets within "
                    + plan.slaTarget().plus(Duration.ofMinutes(1)).toSeconds() + " s");
            return;
        }
        results.measured(Figure.SLA_LATENESS_P99, lateness.at(99)).note(Figure.SLA_LATENESS_P99,
                ("%d breaches of %d tickets (%d/s) with FIRST_REPLY %s, while %.0f other clocks ran; "
                        + "sla.breached record time minus dueAt")
                        .formatted(lateness.count(), tickets.size(), plan.slaPerSecond(), plan.slaTarget(),
                                results.value(Figure.SLA_OPEN_CLOCKS).orElse(0.0)));
        out.accept("  SLA fire lateness p99: " + lateness.at(99) + " ms");
    }

    private void analyticsQuery(LocalSystem system, HttpLoad gateway, EventTap tap, Map<String, Long> pids) {
        // the SLA phase's tickets arrive faster than two cores work them off: the figure is the query's, so it starts
        // once every service has caught up, as the assignment phase does, not while they compete for the CPU
        results.parameter("consumer_lag_at_analytics_phase", awaitConsumersAtRest(system.kafkaBootstrapServers()));
        String path = "/analytics/summary?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z";
        // every JVM a query passes: the gateway, analytics-service, and this one (the Mongo stand-in, Kafka, the caller)
        Map<String, Long> onThePath = new LinkedHashMap<>();
        onThePath.put("gateway", system.service("gateway").pid());
        onThePath.put("analytics-service", system.service("analytics-service").pid());
        // the JIT must have compiled the query's path first (WarmUp says by how much a cold figure is off)
        List<Long> services = List.copyOf(onThePath.values());
        results.parameter("analytics_query_warm_up_cpu_ms_per_query", WarmUp.run(() -> gateway.get(path, MANAGER_KEY),
                plan.analyticsWarmUpQueries(), ANALYTICS_WARM_UP_ROUND, () -> ProcessCpu.secondsOf(services)));
        onThePath.put("launcher", ProcessHandle.current().pid());
        FlightRecordings recordings = FlightRecordings.start(onThePath, dataDir.resolve("profiles"), "analytics-query",
                warning -> out.accept("  " + warning));
        Optional<Map<String, Double>> cpuBefore = ProcessCpu.sample(pids);
        List<TailProfile.TimedRequest> requests = new ArrayList<>();
        int failed = 0;
        for (int i = 0; i < plan.analyticsQueries(); i++) {
            Instant startedAt = Instant.now();
            long start = System.nanoTime();
            int status = gateway.get(path, MANAGER_KEY);
            requests.add(new TailProfile.TimedRequest(startedAt, (System.nanoTime() - start) / 1_000_000));
            failed += status == 200 ? 0 : 1;
        }
        Optional<Map<String, Double>> cpuAfter = ProcessCpu.sample(pids);
        Map<String, Path> written = recordings.stop();
        cpuBefore.ifPresent(before -> cpuAfter.ifPresent(after -> results.parameter("analytics_query_cpu_ms_per_query",
                ProcessCpu.perEvent(before, after, requests.size()))));
        if (failed > 0) {
            results.notMeasured(Figure.ANALYTICS_P99, failed + " of " + requests.size() + " summary queries failed");
            return;
        }
        Percentiles p = new Percentiles(requests.stream().mapToLong(TailProfile.TimedRequest::millis).toArray());
        results.measured(Figure.ANALYTICS_P99, p.at(99)).note(Figure.ANALYTICS_P99,
                ("%d sequential GET /analytics/summary through the gateway over %d tickets, once every consumer "
                        + "group had caught up (see consumer_lag_at_analytics_phase), p50 %d ms; the slow ones against "
                        + "the GC pauses of each JVM on the path in analytics_query_tail")
                        .formatted(requests.size(), ticketsCreated(tap), p.at(50)));
        out.accept("  analytics summary p99: " + p.at(99) + " ms");
        Map<String, PauseTimeline> timelines = new LinkedHashMap<>();
        written.forEach((name, file) -> attempt("reading the flight recording of " + name,
                () -> Optional.of(PauseTimeline.read(file))).ifPresent(timeline -> timelines.put(name, timeline)));
        results.parameter("analytics_query_tail", TailProfile.of(requests, Goal.ANALYTICS_P99_MS, timelines));
        results.parameter("analytics_query_recordings", written.values().stream().map(Path::toString).toList());
    }

    private void kafkaCeiling(LocalSystem system, EventTap tap) {
        int recordSize = (int) Math.round(tap.events().stream().filter(e -> TicketCreated.TYPE.equals(e.type()))
                .mapToInt(ObservedEvent::valueSize).average().orElse(512));
        Path log = system.settings().logDir().resolve("producer-performance.log");
        OptionalDouble ceiling = new KafkaCeiling(repoRoot, system.kafkaBootstrapServers())
                .measure(plan.ceilingRecords(), recordSize, Topic.TICKETS_EVENTS.partitions(), log);
        if (ceiling.isEmpty()) {
            results.notMeasured(Figure.KAFKA_CEILING, "ProducerPerformance printed no summary; see its log " + log);
            return;
        }
        results.measured(Figure.KAFKA_CEILING, Math.round(ceiling.getAsDouble())).note(Figure.KAFKA_CEILING,
                "%d records of %d bytes (the mean ticket.created value), %d partitions, acks=all, idempotent"
                        .formatted(plan.ceilingRecords(), recordSize, Topic.TICKETS_EVENTS.partitions()));
        out.accept("  Kafka ceiling: " + Math.round(ceiling.getAsDouble()) + " records/s");
    }

    /** Creates tickets one by one at a steady rate from several callers; returns their ids. */
    private Set<String> createPaced(HttpLoad gateway, String phase, int count, String team, int perSecond) {
        Set<String> ids = ConcurrentHashMap.newKeySet();
        long gapNanos = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int n = 0; n < count; n++) {
                long due = start + n * gapNanos;
                pauseUntil(due);
                int number = n;
                callers.submit(() -> ids.add(gateway.createOne(bodies.create(phase, number, team, "HIGH"))));
            }
        }
        return ids;
    }

    private static void pauseUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            // pacing the load generator itself, not waiting for a result
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
    }

    private static long countFor(EventTap tap, String type, Set<String> tickets) {
        return tap.events().stream().filter(e -> type.equals(e.type()) && tickets.contains(e.ticketId()))
                .map(ObservedEvent::ticketId).distinct().count();
    }

    private static long distinctTickets(EventTap tap, String type) {
        return tap.events().stream().filter(e -> type.equals(e.type())).map(ObservedEvent::ticketId).distinct().count();
    }

    /** Polls until {@code done} or {@code limit}; a phase measures what arrived by then. */
    private static void awaitQuiet(BooleanSupplier done, Duration limit) {
        awaitQuiet(done, limit, POLL);
    }

    private static void awaitQuiet(BooleanSupplier done, Duration limit, Duration poll) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            java.util.concurrent.locks.LockSupport.parkNanos(poll.toNanos());
        }
    }

    private static long ticketsCreated(EventTap tap) {
        return tap.count(e -> TicketCreated.TYPE.equals(e.type()));
    }

    private static void requireOk(int status, String call) {
        if (status / 100 != 2) {
            throw new IllegalStateException(call + " answered " + status);
        }
    }

    private void phase(String name, Runnable body) {
        out.accept("Bench: " + name + "...");
        try {
            body.run();
        } catch (RuntimeException e) {
            out.accept("  " + name + " failed: " + e.getMessage());
            results.parameter("failed_" + name.replace(' ', '_'), String.valueOf(e.getMessage()));
        }
    }

    private <T> Optional<T> attempt(String what, java.util.function.Supplier<Optional<T>> probe) {
        try {
            return probe.get();
        } catch (RuntimeException e) {
            out.accept("  " + what + " unavailable: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A fresh folder for the throw-away system, so that figures never include an earlier run's history. */
    public static Path freshDataDir(Path folder) {
        try {
            if (Files.exists(folder)) {
                try (var paths = Files.walk(folder)) {
                    paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot prepare " + folder, e);
        }
    }
}
