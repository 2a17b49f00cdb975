package dev.switchboard.routing.assignment;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketQueued;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.routing.MutableClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.switchboard.routing.assignment.Events.T0;
import static dev.switchboard.routing.assignment.Events.agent;
import static dev.switchboard.routing.assignment.Events.presence;
import static dev.switchboard.routing.assignment.Events.status;
import static dev.switchboard.routing.assignment.Events.ticket;
import static org.assertj.core.api.Assertions.assertThat;

/** The rules beyond plain eligibility: aging, the bullseye, strategies, preferred agents, grace, tiers, PENDING. */
class RoutingRulesTest {

    private final MutableClock clock = new MutableClock(T0);
    private final AtomicInteger eventIds = new AtomicInteger();
    private RoutingEngine engine = new RoutingEngine(clock);

    private String nextId() {
        return "event-" + eventIds.incrementAndGet();
    }

    private Decision available(AgentUpdated agent) {
        engine.agentUpdated(nextId(), agent);
        return engine.presenceChanged(nextId(), presence(agent.agentId(), AgentStatus.AVAILABLE));
    }

    private Decision create(TicketCreated ticket) {
        return engine.ticketCreated(nextId(), ticket);
    }

    private static List<TicketAssigned> assignments(Decision decision) {
        return decision.events().stream().map(RaisedEvent::data).filter(TicketAssigned.class::isInstance)
                .map(TicketAssigned.class::cast).toList();
    }

    private static TicketAssigned assigned(Decision decision) {
        List<TicketAssigned> assignments = assignments(decision);
        assertThat(assignments).as("assignments").hasSize(1);
        return assignments.getFirst();
    }

    private static RaisedEvent event(Decision decision, String type) {
        return decision.events().stream().filter(e -> e.type().equals(type)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " in " + decision.events()));
    }

    @Nested
    class Aging {

        @Test
        void shouldLiftLongWaitingLowTicketAboveFreshUrgentOne() {
            engine.agentUpdated(nextId(), agent("ana").capacity(Map.of(Channel.EMAIL, 1)).build());
            create(ticket("low").priority(Priority.LOW).build());
            clock.advance(Duration.ofMinutes(30));
            create(ticket("urgent").priority(Priority.URGENT).createdAt(clock.instant()).build());

            Decision decision = engine.presenceChanged(nextId(), presence("ana", AgentStatus.AVAILABLE));

            assertThat(assigned(decision).ticketId()).isEqualTo("low");
        }

        @Test
        void shouldServeUrgentFirstWhileLowTicketHasNotAgedEnough() {
            engine.agentUpdated(nextId(), agent("ana").capacity(Map.of(Channel.EMAIL, 1)).build());
            create(ticket("low").priority(Priority.LOW).build());
            clock.advance(Duration.ofMinutes(29));
            create(ticket("urgent").priority(Priority.URGENT).createdAt(clock.instant()).build());

            Decision decision = engine.presenceChanged(nextId(), presence("ana", AgentStatus.AVAILABLE));

            assertThat(assigned(decision).ticketId()).isEqualTo("urgent");
        }
    }

    @Nested
    class SkillExpansion {

        @Test
        void shouldWaitForRequiredLevelThenAcceptLowerLevelAfterFirstStep() {
            available(agent("ana").skills(Map.of("billing", 2)).build());

            Decision created = create(ticket("t-1").skills("billing:4").build());
            assertThat(event(created, TicketQueued.TYPE).details()).containsEntry("step", "EXACT");

            clock.advance(Duration.ofSeconds(59));
            assertThat(engine.tick().events()).isEmpty();
            clock.advance(Duration.ofSeconds(1));
            Decision widened = engine.tick();

            assertThat(widened.events()).extracting(RaisedEvent::id).containsExactly("t-1:queued:2", "t-1:assigned:1");
            assertThat(event(widened, TicketQueued.TYPE).details()).containsEntry("step", "ANY_LEVEL");
            assertThat(event(widened, TicketAssigned.TYPE).details()).containsEntry("step", "ANY_LEVEL");
            assertThat(assigned(widened).agentId()).isEqualTo("ana");
        }

        @Test
        void shouldTakeAgentOfAnotherTeamOnlyAfterSecondStep() {
            available(agent("sam").team("sales").skills(Map.of("billing", 1)).build());
            create(ticket("t-1").skills("billing").build());

            clock.advance(Duration.ofMinutes(4));
            Decision firstStep = engine.tick();
            clock.advance(Duration.ofMinutes(1));
            Decision secondStep = engine.tick();

            assertThat(assignments(firstStep)).isEmpty();
            assertThat(event(firstStep, TicketQueued.TYPE).details()).containsEntry("step", "ANY_LEVEL");
            assertThat(assigned(secondStep).agentId()).isEqualTo("sam");
            assertThat(event(secondStep, TicketAssigned.TYPE).details()).containsEntry("step", "ANY_TEAM");
        }

        @Test
        void shouldTakeTierTwoAgentWithoutTheSkillsOnlyAtLastStep() {
            available(agent("junior").team("sales").skills(Map.of()).build());
            available(agent("senior").team("sales").tier(2).skills(Map.of()).build());
            create(ticket("t-1").skills("german").build());

            clock.advance(Duration.ofMinutes(14));
            assertThat(assignments(engine.tick())).isEmpty();
            clock.advance(Duration.ofMinutes(1));
            Decision lastStep = engine.tick();

            assertThat(assigned(lastStep).agentId()).isEqualTo("senior");
            assertThat(event(lastStep, TicketAssigned.TYPE).details()).containsEntry("step", "TIER_TWO");
        }

        @Test
        void shouldAnnounceEachStepOnlyOnce() {
            create(ticket("t-1").build());
            clock.advance(Duration.ofMinutes(2));

            assertThat(engine.tick().events()).hasSize(1);
            assertThat(engine.tick().events()).isEmpty();
        }
    }

    @Nested
    class Strategies {

        @Test
        void shouldRotateThroughTheTeamWithRoundRobin() {
            engine = new RoutingEngine(clock, RoutingPolicy.DEFAULTS.withStrategy(Strategy.ROUND_ROBIN));
            for (String id : List.of("a", "b", "c")) {
                available(agent(id).capacity(Map.of(Channel.EMAIL, 10)).build());
                clock.advance(Duration.ofSeconds(1));
            }

            StringBuilder order = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                clock.advance(Duration.ofSeconds(1));
                TicketAssigned assignment = assigned(create(ticket("t-" + i).build()));
                order.append(assignment.agentId());
                if (i > 0) {
                    assertThat(assignment.reason()).isEqualTo("ROUND_ROBIN");
                }
            }

            assertThat(order.toString()).isEqualTo("abcabc");
        }

        @Test
        void shouldPreferHighestSkillLevelWithMostSkilled() {
            engine = new RoutingEngine(clock, RoutingPolicy.DEFAULTS.withStrategy(Strategy.MOST_SKILLED));
            available(agent("novice").skills(Map.of("billing", 1, "german", 1)).build());
            available(agent("expert").skills(Map.of("billing", 5, "german", 4)).build());
            engine.ticketCreated(nextId(), ticket("warm-up").build());

            TicketAssigned assignment = assigned(create(ticket("t-1").skills("billing", "german").build()));

            assertThat(assignment.agentId()).isEqualTo("expert");
            assertThat(assignment.reason()).isEqualTo("MOST_SKILLED");
        }
    }

    @Nested
    class PreferredAgent {

        private void solvedBy(String agentId, String ticketId, String customerId) {
            create(ticket(ticketId).customer(customerId).build());
            assertThat(engine.ticket(ticketId).orElseThrow().agentId()).isEqualTo(agentId);
            engine.ticketStatusChanged(nextId(), status(ticketId, TicketStatus.OPEN, TicketStatus.SOLVED));
        }

        @Test
        void shouldGiveCustomersNextTicketToAgentWhoSolvedTheLastOne() {
            available(agent("bob").build());
            solvedBy("bob", "t-1", "acme");
            available(agent("ana").build());

            TicketAssigned assignment = assigned(create(ticket("t-2").customer("acme").build()));

            assertThat(assignment.agentId()).isEqualTo("bob");
            assertThat(assignment.reason()).isEqualTo("PREFERRED_AGENT");
        }

        @Test
        void shouldHoldTicketForBusyPreferredAgentUntilTheWaitEnds() {
            available(agent("bob").capacity(Map.of(Channel.EMAIL, 1)).build());
            solvedBy("bob", "t-1", "acme");
            create(ticket("busy").build());
            available(agent("ana").build());

            Decision created = create(ticket("t-2").customer("acme").build());
            assertThat(assignments(created)).isEmpty();
            assertThat(event(created, TicketQueued.TYPE).details()).containsEntry("preferredAgentId", "bob");

            clock.advance(Duration.ofMinutes(2));
            Decision holdOver = engine.tick();

            assertThat(assigned(holdOver).agentId()).isEqualTo("ana");
        }

        @Test
        void shouldServeHeldTicketWhenPreferredAgentFreesCapacity() {
            available(agent("bob").capacity(Map.of(Channel.EMAIL, 1)).build());
            solvedBy("bob", "t-1", "acme");
            create(ticket("busy").build());
            available(agent("ana").capacity(Map.of(Channel.EMAIL, 0)).build());
            create(ticket("t-2").customer("acme").build());

            Decision freed = engine.ticketStatusChanged(nextId(), status("busy", TicketStatus.OPEN,
                    TicketStatus.SOLVED));

            assertThat(assigned(freed).agentId()).isEqualTo("bob");
            assertThat(assigned(freed).reason()).isEqualTo("PREFERRED_AGENT");
        }
    }

    @Nested
    class AwayGracePeriod {

        @Test
        void shouldReleaseAwayAgentsTicketsOnlyAfterTheGracePeriod() {
            available(agent("ana").build());
            create(ticket("t-1").build());
            available(agent("bob").build());
            engine.presenceChanged(nextId(), presence("ana", AgentStatus.AWAY));

            clock.advance(Duration.ofMinutes(4));
            assertThat(engine.tick().events()).isEmpty();
            clock.advance(Duration.ofMinutes(1));
            Decision released = engine.tick();

            TicketUnassigned unassigned = (TicketUnassigned) event(released, TicketUnassigned.TYPE).data();
            assertThat(unassigned.reason()).isEqualTo(RoutingEngine.AGENT_AWAY);
            assertThat(assigned(released).agentId()).isEqualTo("bob");
            assertThat(engine.agent("ana").orElseThrow().assignedTickets()).isEmpty();
        }
    }

    @Nested
    class TierEscalation {

        @Test
        void shouldMoveTicketToTierTwoAgentOnRouteToTierEscalation() {
            available(agent("junior").build());
            create(ticket("t-1").build());
            available(agent("senior").tier(2).build());

            Decision escalated = engine.slaEscalated(nextId(), new SlaEscalated("t-1", 2, "breached",
                    SlaMetric.FIRST_REPLY, RoutingEngine.ROUTE_TO_TIER, 2, clock.instant()));

            assertThat(((TicketUnassigned) event(escalated, TicketUnassigned.TYPE).data()).reason())
                    .isEqualTo(RoutingEngine.ESCALATED_TO_TIER);
            assertThat(assigned(escalated).agentId()).isEqualTo("senior");
            assertThat(engine.agent("junior").orElseThrow().assignedTickets()).isEmpty();
        }

        @Test
        void shouldIgnoreOtherEscalationActionsAndRedeliveries() {
            available(agent("junior").build());
            create(ticket("t-1").build());
            available(agent("senior").tier(2).build());

            Decision notify = engine.slaEscalated("esc-1", new SlaEscalated("t-1", 1, "breached",
                    SlaMetric.FIRST_REPLY, "NOTIFY", null, clock.instant()));
            SlaEscalated toTier = new SlaEscalated("t-1", 2, "breached", SlaMetric.FIRST_REPLY,
                    RoutingEngine.ROUTE_TO_TIER, 2, clock.instant());
            Decision first = engine.slaEscalated("esc-2", toTier);
            Decision again = engine.slaEscalated("esc-2", toTier);

            assertThat(notify.events()).isEmpty();
            assertThat(assignments(first)).hasSize(1);
            assertThat(again).isEqualTo(Decision.NONE);
        }
    }

    @Nested
    class PendingCapacity {

        @Test
        void shouldFreeCapacityForPendingTicketWhenPolicySaysSo() {
            engine = new RoutingEngine(clock, RoutingPolicy.DEFAULTS.withPendingHoldsCapacity(false));
            available(agent("ana").capacity(Map.of(Channel.EMAIL, 1)).build());
            create(ticket("t-1").build());
            create(ticket("t-2").build());

            Decision pending = engine.ticketStatusChanged(nextId(), status("t-1", TicketStatus.OPEN,
                    TicketStatus.PENDING));

            assertThat(assigned(pending).ticketId()).isEqualTo("t-2");
            assertThat(engine.agent("ana").orElseThrow().assignedTickets()).containsOnlyKeys("t-1", "t-2");
            assertThat(engine.agent("ana").orElseThrow().load()).containsEntry(Channel.EMAIL, 1);
        }

        @Test
        void shouldKeepCapacityForPendingTicketByDefault() {
            available(agent("ana").capacity(Map.of(Channel.EMAIL, 1)).build());
            create(ticket("t-1").build());
            create(ticket("t-2").build());

            Decision pending = engine.ticketStatusChanged(nextId(), status("t-1", TicketStatus.OPEN,
                    TicketStatus.PENDING));

            assertThat(assignments(pending)).isEmpty();
        }
    }
}
