package dev.switchboard.routing.bench;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.routing.assignment.Decision;
import dev.switchboard.routing.assignment.RaisedEvent;
import dev.switchboard.routing.assignment.RoutingEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Routing decisions per second on a loaded engine: {@code agents} agents with 20 skills each (levels 1–5), every one
 * at capacity, and {@code waiting} tickets in the queue that need one or two of the skills at a level. One operation
 * is two decisions: a held ticket is solved (the freed capacity drains the best waiting ticket the agent can take)
 * and a new ticket arrives (every agent is checked; it queues). The small shape (10 agents, 100 waiting) is the
 * baseline the large one (1,000 × 10,000) is read against, in the same run. Not part of the build's tests: run
 * {@link #main} as the README says.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RoutingDecisionBenchmark {

    private static final int SKILLS = 20;
    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @Param({"10:100", "1000:10000"})
    public String shape;

    private final Random random = new Random(42);
    private RoutingEngine engine;
    private final Deque<String> held = new ArrayDeque<>();
    private long sequence;

    @Setup(Level.Iteration)
    public void fill() {
        String[] parts = shape.split(":");
        int agents = Integer.parseInt(parts[0]);
        int waiting = Integer.parseInt(parts[1]);
        engine = new RoutingEngine(Clock.fixed(T0, ZoneOffset.UTC));
        held.clear();
        for (int a = 0; a < agents; a++) {
            Map<String, Integer> skills = new HashMap<>();
            for (int s = 0; s < SKILLS; s++) {
                skills.put("skill-" + s, 1 + random.nextInt(5));
            }
            engine.agentUpdated("cfg-" + a, new AgentUpdated("a" + a, "Agent " + a, "support", 1, skills,
                    Map.of(Channel.EMAIL, 3), T0));
            engine.presenceChanged("in-" + a, new AgentPresenceChanged("a" + a, AgentStatus.AVAILABLE, null, T0));
        }
        while (engine.queues().getFirst().waiting() < waiting) {
            create();
        }
    }

    private Decision create() {
        long n = sequence++;
        List<String> skills = new ArrayList<>();
        skills.add("skill-" + random.nextInt(SKILLS) + ":" + (1 + random.nextInt(5)));
        if (random.nextBoolean()) {
            skills.add("skill-" + random.nextInt(SKILLS) + ":" + (1 + random.nextInt(3)));
        }
        String id = "t-" + n;
        Decision decision = engine.ticketCreated(id + ":created", new TicketCreated(id, "ext-" + id, "bench",
                Channel.EMAIL, "subject", null, Priority.values()[random.nextInt(4)],
                new Customer("c-" + n, null, random.nextInt(10) == 0 ? CustomerTier.VIP : CustomerTier.STANDARD,
                        "en"), "support", skills, List.of(), T0, T0));
        remember(decision);
        return decision;
    }

    private void remember(Decision decision) {
        for (RaisedEvent raised : decision.events()) {
            if (raised.data() instanceof TicketAssigned assigned) {
                held.addLast(assigned.ticketId());
            }
        }
    }

    @Benchmark
    public Decision solveOneAndReceiveOne() {
        // a freed agent that fits no waiting ticket drains nothing: then there may be nothing left to solve
        String ticketId = held.pollFirst();
        if (ticketId == null) {
            return create();
        }
        remember(engine.ticketStatusChanged(ticketId + ":solved",
                new TicketStatusChanged(ticketId, TicketStatus.OPEN, TicketStatus.SOLVED, T0)));
        return create();
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(RoutingDecisionBenchmark.class.getSimpleName()).build()).run();
    }
}
