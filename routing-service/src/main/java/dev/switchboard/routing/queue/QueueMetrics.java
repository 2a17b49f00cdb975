package dev.switchboard.routing.queue;

import dev.switchboard.events.ticket.Priority;
import dev.switchboard.routing.assignment.QueueSummary;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.assignment.messaging.RoutingCoordinator;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;


import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * Queue gauges, read from the engine at scrape time: {@code switchboard.routing.waiting} (team, priority),
 * {@code switchboard.routing.oldest.wait} in seconds, {@code switchboard.routing.agents.available},
 * {@code switchboard.routing.agents.signed.in} and {@code switchboard.routing.utilization} as a ratio (team). A team's gauges are registered once it is first seen;
 * teams are configured by admins, so the tag stays bounded. Tickets without team are tagged {@code team=none}.
 * Only the leading instance reports its queues; a follower reports zeros, so that sums over instances (dashboards,
 * alert rules) count each waiting ticket once however many standbys run.
 */
@Component
class QueueMetrics {

    static final String NO_TEAM = "none";
    static final Duration SNAPSHOT_FOR = Duration.ofSeconds(1);

    private final RoutingEngine engine;
    private final MeterRegistry meters;
    private final BooleanSupplier leading;
    private final Set<String> registeredTeams = ConcurrentHashMap.newKeySet();
    private final LongSupplier nanoTime;
    private volatile Snapshot snapshot;

    @Autowired
    QueueMetrics(RoutingEngine engine, MeterRegistry meters, RoutingCoordinator coordinator) {
        this(engine, meters, coordinator::isLeading, System::nanoTime);
    }

    QueueMetrics(RoutingEngine engine, MeterRegistry meters, BooleanSupplier leading, LongSupplier nanoTime) {
        this.engine = engine;
        this.meters = meters;
        this.leading = leading;
        this.nanoTime = nanoTime;
        registerNewTeams();
    }

    /** Teams appear when their first agent or ticket is consumed; a short poll keeps this class off the hot path. */
    @Scheduled(fixedDelayString = "${switchboard.routing.metrics-refresh:PT5S}")
    void registerNewTeams() {
        engine.queues().forEach(summary -> register(tagOf(summary.team()), summary.team()));
    }

    private void register(String tag, String team) {
        if (!registeredTeams.add(tag)) {
            return;
        }
        for (Priority priority : Priority.values()) {
            Gauge.builder("switchboard.routing.waiting", () -> queue(team).waitingByPriority().getOrDefault(priority, 0))
                    .description("Tickets waiting for an agent")
                    .tag("team", tag)
                    .tag("priority", priority.name())
                    .register(meters);
        }
        Gauge.builder("switchboard.routing.oldest.wait", () -> queue(team).oldestWaitSeconds())
                .description("How long the oldest waiting ticket of the team has waited")
                .baseUnit("seconds")
                .tag("team", tag)
                .register(meters);
        Gauge.builder("switchboard.routing.agents.available", () -> queue(team).agentsAvailable())
                .description("Agents of the team who are AVAILABLE, whether or not they have room")
                .tag("team", tag)
                .register(meters);
        Gauge.builder("switchboard.routing.agents.signed.in", () -> queue(team).agentsEligible())
                .description("Agents of the team who are signed in (AVAILABLE or AWAY)")
                .tag("team", tag)
                .register(meters);
        Gauge.builder("switchboard.routing.utilization", () -> queue(team).utilization())
                .description("Tickets held over capacity of the team's signed-in agents")
                .baseUnit("ratio")
                .tag("team", tag)
                .register(meters);
    }

    private QueueSummary queue(String team) {
        if (!leading.getAsBoolean()) {
            return new QueueSummary(team, 0, Map.of(), 0, 0, 0.0);
        }
        return snapshot().getOrDefault(tagOf(team), new QueueSummary(team, 0, Map.of(), 0, 0, 0.0));
    }

    /**
     * One scrape reads eight gauges per team; each used to compute every team's summary under the engine's lock, so
     * a scrape cost eight times teams squared summaries and waited on decisions each time. A snapshot serves the
     * gauges of one scrape (and any within {@link #SNAPSHOT_FOR}).
     */
    private Map<String, QueueSummary> snapshot() {
        Snapshot current = snapshot;
        long now = nanoTime.getAsLong();
        if (current == null || now - current.takenAtNanos() >= SNAPSHOT_FOR.toNanos()) {
            Map<String, QueueSummary> byTeam = new HashMap<>();
            engine.queues().forEach(summary -> byTeam.put(tagOf(summary.team()), summary));
            current = new Snapshot(now, byTeam);
            snapshot = current;
        }
        return current.byTeam();
    }

    private record Snapshot(long takenAtNanos, Map<String, QueueSummary> byTeam) {
    }

    private static String tagOf(String team) {
        return team == null ? NO_TEAM : team;
    }
}
