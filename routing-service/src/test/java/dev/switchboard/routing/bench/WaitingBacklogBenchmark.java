package dev.switchboard.routing.bench;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.routing.assignment.Decision;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * What a backlog in one team costs the decisions of another: 10 agents of team {@code staffed} with room, and
 * {@code backlog} tickets waiting in team {@code unstaffed}, which nobody works (the shape of the system bench's
 * latency phase after its intake phases). {@link #routingCycle} is the once-a-second cycle, which holds the engine's
 * lock; {@link #assignThenSolve} is a staffed ticket assigned on arrival and solved, whose freed capacity drains the
 * queue. Read the 50,000 figures against the empty backlog of the same run. Not part of the build's tests: run
 * {@link #main} or the JMH command of the module's README.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class WaitingBacklogBenchmark {

    private static final Instant T0 = Instant.parse("2026-12-05T08:00:00Z");

    @Param({"0", "50000"})
    public int backlog;

    private RoutingEngine engine;
    private long sequence;

    @Setup(Level.Trial)
    public void fill() {
        engine = new RoutingEngine(Clock.fixed(T0, ZoneOffset.UTC));
        for (int a = 0; a < 10; a++) {
            engine.agentUpdated("cfg-" + a, new AgentUpdated("a" + a, "Agent " + a, "staffed", 1,
                    Map.of("billing", 3), Map.of(Channel.EMAIL, 1000), T0));
            engine.presenceChanged("in-" + a, new AgentPresenceChanged("a" + a, AgentStatus.AVAILABLE, null, T0));
        }
        for (int n = 0; n < backlog; n++) {
            create("unstaffed");
        }
    }

    private String create(String team) {
        String id = "t-" + sequence++;
        engine.ticketCreated(id + ":created", new TicketCreated(id, "ext-" + id, "bench", Channel.EMAIL, "subject",
                null, Priority.NORMAL, new Customer("c-" + id, null, CustomerTier.STANDARD, "en"), team,
                List.of("billing:2"), List.of(), T0, T0));
        return id;
    }

    @Benchmark
    public Decision routingCycle() {
        return engine.tick();
    }

    @Benchmark
    public Decision assignThenSolve() {
        String id = create("staffed");
        return engine.ticketStatusChanged(id + ":solved",
                new TicketStatusChanged(id, TicketStatus.OPEN, TicketStatus.SOLVED, T0));
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(WaitingBacklogBenchmark.class.getSimpleName()).build()).run();
    }
}
