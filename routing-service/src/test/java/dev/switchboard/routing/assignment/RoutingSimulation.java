package dev.switchboard.routing.assignment;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.routing.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.function.ToDoubleBiFunction;

import static dev.switchboard.routing.assignment.Events.T0;
import static dev.switchboard.routing.assignment.Events.agent;
import static dev.switchboard.routing.assignment.Events.presence;
import static dev.switchboard.routing.assignment.Events.status;
import static dev.switchboard.routing.assignment.Events.ticket;

/**
 * A discrete-event simulation in virtual time: Poisson arrivals, exponential handle times, agents of capacity 1 on
 * EMAIL. The clock jumps from event to event, so hours of traffic take milliseconds and nothing sleeps. Handle time
 * may depend on whether the agent holds the ticket's skill (a mismatch takes longer, as when an agent must look for
 * help). Either the real engine routes, or a random router that ignores skills, as a baseline.
 */
final class RoutingSimulation {

    record Arrival(String skill) {
    }

    record Result(int served, double waitProbability, double meanWaitSeconds, double skillMatch) {
    }

    /** How an agent's handle time scales with the ticket: 1 for a match. */
    interface HandleTime extends ToDoubleBiFunction<Map<String, Integer>, String> {
    }

    private record Scheduled(double at, long order, Runnable action) {
    }

    private final Random random;
    private final double arrivalsPerSecond;
    private final double meanHandleSeconds;
    private final Map<String, Map<String, Integer>> agents;
    private final HandleTime handleFactor;
    private final List<String> ticketSkills;
    private final PriorityQueue<Scheduled> calendar = new PriorityQueue<>(
            (a, b) -> a.at != b.at ? Double.compare(a.at, b.at) : Long.compare(a.order, b.order));
    private long order;
    private double now;

    RoutingSimulation(long seed, double arrivalsPerSecond, double meanHandleSeconds,
                      Map<String, Map<String, Integer>> agents, List<String> ticketSkills, HandleTime handleFactor) {
        this.random = new Random(seed);
        this.arrivalsPerSecond = arrivalsPerSecond;
        this.meanHandleSeconds = meanHandleSeconds;
        this.agents = agents;
        this.ticketSkills = ticketSkills;
        this.handleFactor = handleFactor;
    }

    private double exponential(double mean) {
        return -mean * Math.log(1 - random.nextDouble());
    }

    private void at(double time, Runnable action) {
        calendar.add(new Scheduled(time, order++, action));
    }

    private String nextSkill() {
        return ticketSkills.get(random.nextInt(ticketSkills.size()));
    }

    /** Routes with the engine, in its default strategy; the first {@code warmUp} tickets are not measured. */
    Result withEngine(int tickets, int warmUp) {
        MutableClock clock = new MutableClock(T0);
        RoutingEngine engine = new RoutingEngine(clock, RoutingPolicy.DEFAULTS.withExpansionAfter(List.of()));
        int[] ids = {0};
        agents.forEach((id, skills) -> {
            engine.agentUpdated("cfg-" + id, agent(id).skills(skills)
                    .capacity(Map.of(dev.switchboard.events.ticket.Channel.EMAIL, 1)).build());
            engine.presenceChanged("in-" + id, presence(id, AgentStatus.AVAILABLE));
        });
        Map<String, String> skillOf = new HashMap<>();
        Stats stats = new Stats(warmUp);
        Runnable[] arrive = new Runnable[1];
        arrive[0] = () -> {
            int n = ids[0]++;
            if (n >= tickets) {
                return;
            }
            String id = "t-" + n;
            String skill = nextSkill();
            skillOf.put(id, skill);
            clock.moveTo(instant(now));
            handle(engine.ticketCreated(id + ":created", ticket(id).skills(skill).createdAt(clock.instant()).build()),
                    engine, clock, skillOf, stats);
            at(now + exponential(1 / arrivalsPerSecond), arrive[0]);
        };
        at(0, arrive[0]);
        run();
        return stats.result();
    }

    private void handle(Decision decision, RoutingEngine engine, MutableClock clock, Map<String, String> skillOf,
                        Stats stats) {
        for (RaisedEvent raised : decision.events()) {
            if (raised.data() instanceof TicketAssigned assigned) {
                String skill = skillOf.get(assigned.ticketId());
                Map<String, Integer> agentSkills = agents.get(assigned.agentId());
                stats.served(assigned.ticketId(), assigned.waitedMs() / 1000.0, agentSkills.containsKey(skill));
                double done = now + exponential(meanHandleSeconds) * handleFactor.applyAsDouble(agentSkills, skill);
                at(done, () -> {
                    clock.moveTo(instant(now));
                    handle(engine.ticketStatusChanged(assigned.ticketId() + ":solved",
                            status(assigned.ticketId(), TicketStatus.OPEN, TicketStatus.SOLVED)),
                            engine, clock, skillOf, stats);
                });
            }
        }
    }

    /** The baseline: FIFO, each ticket to a uniformly random free agent, skills ignored. */
    Result withRandomRouting(int tickets, int warmUp) {
        List<String> free = new ArrayList<>(agents.keySet());
        Deque<double[]> queue = new ArrayDeque<>();
        Map<Integer, String> skillOf = new HashMap<>();
        Stats stats = new Stats(warmUp);
        int[] ids = {0};
        Runnable[] arrive = new Runnable[1];
        Runnable[] serve = new Runnable[1];
        serve[0] = () -> {
            while (!queue.isEmpty() && !free.isEmpty()) {
                double[] waiting = queue.removeFirst();
                int n = (int) waiting[0];
                String agentId = free.remove(random.nextInt(free.size()));
                String skill = skillOf.get(n);
                Map<String, Integer> agentSkills = agents.get(agentId);
                stats.served("t-" + n, Math.floor((now - waiting[1]) * 1000) / 1000.0, agentSkills.containsKey(skill));
                at(now + exponential(meanHandleSeconds) * handleFactor.applyAsDouble(agentSkills, skill), () -> {
                    free.add(agentId);
                    serve[0].run();
                });
            }
        };
        arrive[0] = () -> {
            int n = ids[0]++;
            if (n >= tickets) {
                return;
            }
            skillOf.put(n, nextSkill());
            queue.addLast(new double[] {n, now});
            serve[0].run();
            at(now + exponential(1 / arrivalsPerSecond), arrive[0]);
        };
        at(0, arrive[0]);
        run();
        return stats.result();
    }

    private void run() {
        while (!calendar.isEmpty()) {
            Scheduled next = calendar.poll();
            now = next.at;
            next.action.run();
        }
    }

    private static Instant instant(double seconds) {
        return T0.plus(Duration.ofNanos((long) (seconds * 1e9)));
    }

    private static final class Stats {
        private final int warmUp;
        private int seen;
        private int measured;
        private int waited;
        private int matched;
        private double totalWait;

        Stats(int warmUp) {
            this.warmUp = warmUp;
        }

        void served(String ticketId, double waitSeconds, boolean skillMatch) {
            int n = Integer.parseInt(ticketId.substring(2));
            seen++;
            if (n < warmUp) {
                return;
            }
            measured++;
            totalWait += waitSeconds;
            if (waitSeconds > 0) {
                waited++;
            }
            if (skillMatch) {
                matched++;
            }
        }

        Result result() {
            return new Result(measured, (double) waited / measured, totalWait / measured, (double) matched / measured);
        }
    }

    /** Erlang C: the probability that an arrival waits, for {@code agents} servers and offered load {@code a}. */
    static double erlangC(int agents, double a) {
        double term = 1;
        double sum = 1;
        for (int k = 1; k < agents; k++) {
            term *= a / k;
            sum += term;
        }
        double last = term * a / agents * agents / (agents - a);
        return last / (sum + last);
    }
}
