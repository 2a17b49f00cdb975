package dev.switchboard.routing.queue;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.routing.MutableClock;
import dev.switchboard.routing.assignment.Events;
import dev.switchboard.routing.assignment.RoutingEngine;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class QueueMetricsTest {

    private final MutableClock clock = new MutableClock(Events.T0);
    private final RoutingEngine engine = new RoutingEngine(clock);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final AtomicLong nanos = new AtomicLong();

    @Test
    void shouldGaugeWaitingTicketsPerTeamAndPriorityAndTheOldestWait() {
        engine.ticketCreated("e-1", Events.ticket("t-1").priority(Priority.URGENT).build());
        QueueMetrics metrics = new QueueMetrics(engine, meters, () -> true, nanos::get);
        clock.advance(Duration.ofSeconds(40));
        engine.ticketCreated("e-2", Events.ticket("t-2").team("sales").build());
        engine.ticketCreated("e-3", Events.ticket("t-3").team(null).build());

        metrics.registerNewTeams();

        assertThat(meters.get("switchboard.routing.waiting").tags("team", "billing", "priority", "URGENT").gauge()
                .value()).isEqualTo(1.0);
        assertThat(meters.get("switchboard.routing.waiting").tags("team", "billing", "priority", "LOW").gauge()
                .value()).isZero();
        assertThat(meters.get("switchboard.routing.waiting").tags("team", "sales", "priority", "NORMAL").gauge()
                .value()).isEqualTo(1.0);
        assertThat(meters.get("switchboard.routing.waiting").tags("team", "none", "priority", "NORMAL").gauge()
                .value()).isEqualTo(1.0);
        assertThat(meters.get("switchboard.routing.oldest.wait").tag("team", "billing").gauge().value())
                .isEqualTo(40.0);
    }

    @Test
    void shouldReportZerosOnAFollowerSoThatSumsOverInstancesCountEachTicketOnce() {
        engine.ticketCreated("e-1", Events.ticket("t-1").priority(Priority.URGENT).build());
        new QueueMetrics(engine, meters, () -> false, nanos::get);

        assertThat(meters.get("switchboard.routing.waiting").tags("team", "billing", "priority", "URGENT").gauge()
                .value()).isZero();
        assertThat(meters.get("switchboard.routing.oldest.wait").tag("team", "billing").gauge().value()).isZero();
    }

    @Test
    void shouldGaugeAvailableAndSignedInAgentsAndUtilizationPerTeam() {
        engine.agentUpdated("a-1", Events.agent("ana").capacity(Map.of(
                Channel.EMAIL, 4)).build());
        engine.presenceChanged("a-2", Events.presence("ana", AgentStatus.AVAILABLE));
        engine.agentUpdated("b-1", Events.agent("bob").build());
        engine.presenceChanged("b-2", Events.presence("bob", AgentStatus.AWAY));
        engine.ticketCreated("e-1", Events.ticket("t-1").build());
        new QueueMetrics(engine, meters, () -> true, nanos::get);

        assertThat(meters.get("switchboard.routing.agents.available").tag("team", "billing").gauge().value())
                .isEqualTo(1.0);
        assertThat(meters.get("switchboard.routing.agents.signed.in").tag("team", "billing").gauge().value())
                .isEqualTo(2.0);
        assertThat(meters.get("switchboard.routing.utilization").tag("team", "billing").gauge().value())
                .isEqualTo(engine.queues().getFirst().utilization()).isPositive();
    }

    @Test
    void shouldServeOneScrapesGaugesFromOneSnapshotAndTakeANewOneAfterASecond() {
        engine.ticketCreated("e-1", Events.ticket("t-1").build());
        new QueueMetrics(engine, meters, () -> true, nanos::get);
        assertThat(meters.get("switchboard.routing.waiting").tags("team", "billing", "priority", "NORMAL").gauge()
                .value()).isEqualTo(1.0);

        engine.ticketCreated("e-2", Events.ticket("t-2").build());
        nanos.addAndGet(QueueMetrics.SNAPSHOT_FOR.toNanos() - 1);
        assertThat(meters.get("switchboard.routing.waiting").tags("team", "billing", "priority", "NORMAL").gauge()
                .value()).as("the same scrape").isEqualTo(1.0);

        nanos.addAndGet(1);
        assertThat(meters.get("switchboard.routing.waiting").tags("team", "billing", "priority", "NORMAL").gauge()
                .value()).as("the next scrape").isEqualTo(2.0);
    }
}
