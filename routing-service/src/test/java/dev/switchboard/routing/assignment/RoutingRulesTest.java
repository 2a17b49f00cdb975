package dev.switchboard.routing.assignment;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.agent.OfferAnswered;
import dev.switchboard.events.routing.OfferDeclined;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketOffered;
import dev.switchboard.events.routing.TicketQueued;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketTeamChanged;
import dev.switchboard.routing.MutableClock;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.switchboard.routing.assignment.Events.T0;
import static dev.switchboard.routing.assignment.Events.agent;
import static dev.switchboard.routing.assignment.Events.presence;
import static dev.switchboard.routing.assignment.Events.status;
import static dev.switchboard.routing.assignment.Events.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
            assertThat(((TicketQueued) event(created, TicketQueued.TYPE).data()).step()).isEqualTo("EXACT");

            clock.advance(Duration.ofSeconds(59));
            assertThat(engine.tick().events()).isEmpty();
            clock.advance(Duration.ofSeconds(1));
            Decision widened = engine.tick();

            assertThat(widened.events()).extracting(RaisedEvent::id).containsExactly("t-1:queued:2", "t-1:assigned:1");
            assertThat(((TicketQueued) event(widened, TicketQueued.TYPE).data()).step()).isEqualTo("ANY_LEVEL");
            assertThat(((TicketAssigned) event(widened, TicketAssigned.TYPE).data()).step()).isEqualTo("ANY_LEVEL");
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
            assertThat(((TicketQueued) event(firstStep, TicketQueued.TYPE).data()).step()).isEqualTo("ANY_LEVEL");
            assertThat(assigned(secondStep).agentId()).isEqualTo("sam");
            assertThat(((TicketAssigned) event(secondStep, TicketAssigned.TYPE).data()).step()).isEqualTo("ANY_TEAM");
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
            assertThat(((TicketAssigned) event(lastStep, TicketAssigned.TYPE).data()).step()).isEqualTo("TIER_TWO");
        }

        @Test
        void shouldGiveAWidenedTicketToAnAgentOfAnotherTeamWhoFreesCapacity() {
            available(agent("sam").team("sales").skills(Map.of("billing", 1)).capacity(Map.of(Channel.EMAIL, 1))
                    .build());
            create(ticket("sales-1").team("sales").skills("billing").build());
            create(ticket("t-1").skills("billing").build());
            clock.advance(Duration.ofMinutes(5));
            assertThat(assignments(engine.tick())).isEmpty();

            Decision freed = engine.ticketStatusChanged(nextId(), status("sales-1", TicketStatus.OPEN,
                    TicketStatus.SOLVED));

            assertThat(assigned(freed).ticketId()).isEqualTo("t-1");
            assertThat(assigned(freed).agentId()).isEqualTo("sam");
        }

        @Test
        void shouldServeItsOwnTeamWhileAnotherTeamsBacklogWaits() {
            available(agent("ana").capacity(Map.of(Channel.EMAIL, 1)).build());
            for (int i = 0; i < 50; i++) {
                create(ticket("nobody-" + i).team("night-shift").build());
            }
            create(ticket("held").build());
            create(ticket("next").build());

            Decision freed = engine.ticketStatusChanged(nextId(), status("held", TicketStatus.OPEN,
                    TicketStatus.SOLVED));

            assertThat(assigned(freed).ticketId()).isEqualTo("next");
            assertThat(engine.queues()).filteredOn(queue -> "night-shift".equals(queue.team()))
                    .singleElement().extracting(QueueSummary::waiting).isEqualTo(50);
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
            assertThat(((TicketQueued) event(created, TicketQueued.TYPE).data()).preferredAgentId()).isEqualTo("bob");

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

    @Nested
    class TeamChange {

        private Decision move(String ticketId, String from, String to) {
            return engine.ticketTeamChanged(nextId(), new TicketTeamChanged(ticketId, from, to, clock.instant()));
        }

        @Test
        void shouldMoveAWaitingTicketToTheNewTeamsQueueKeepingItsAge() {
            create(ticket("t-1").build());
            clock.advance(Duration.ofMinutes(3));
            Instant queuedAt = engine.ticket("t-1").orElseThrow().queuedAt();

            Decision moved = move("t-1", "billing", "sales");

            TicketQueued queued = (TicketQueued) event(moved, TicketQueued.TYPE).data();
            assertThat(queued.team()).isEqualTo("sales");
            assertThat(queued.queuedAt()).isEqualTo(queuedAt);
            assertThat(engine.queues()).extracting(QueueSummary::team, QueueSummary::waiting, QueueSummary::oldestWaitSeconds)
                    .containsExactly(tuple("sales", 1, 180L));
        }

        @Test
        void shouldAssignAWaitingTicketToAnAgentOfTheNewTeamAtOnce() {
            available(agent("sam").team("sales").build());
            create(ticket("t-1").build());

            Decision moved = move("t-1", "billing", "sales");

            assertThat(assigned(moved).agentId()).isEqualTo("sam");
            assertThat(assigned(moved).team()).isEqualTo("sales");
        }

        @Test
        void shouldReleaseATicketHeldOutsideTheNewTeamAndRouteItThereAndDrainTheFreedCapacity() {
            available(agent("ana").capacity(Map.of(Channel.EMAIL, 1)).build());
            available(agent("sam").team("sales").build());
            create(ticket("t-1").build());
            create(ticket("t-2").build());

            Decision moved = move("t-1", "billing", "sales");

            TicketUnassigned released = (TicketUnassigned) event(moved, TicketUnassigned.TYPE).data();
            assertThat(released.agentId()).isEqualTo("ana");
            assertThat(released.reason()).isEqualTo(RoutingEngine.TEAM_CHANGED);
            assertThat(assignments(moved)).extracting(TicketAssigned::ticketId, TicketAssigned::agentId)
                    .containsExactlyInAnyOrder(tuple("t-1", "sam"), tuple("t-2", "ana"));
        }

        @Test
        void shouldLeaveATicketWithAnAgentWhoIsAMemberOfTheNewTeamAndIgnoreRedeliveries() {
            available(agent("ana").build());
            create(ticket("t-1").team(null).build());
            TicketTeamChanged change = new TicketTeamChanged("t-1", null, "billing", clock.instant());

            Decision stays = engine.ticketTeamChanged("move-1", change);
            Decision again = engine.ticketTeamChanged("move-1", change);

            assertThat(stays.events()).isEmpty();
            assertThat(engine.ticket("t-1").orElseThrow().team()).isEqualTo("billing");
            assertThat(engine.agent("ana").orElseThrow().assignedTickets()).containsOnlyKeys("t-1");
            assertThat(again).isEqualTo(Decision.NONE);
        }
    }

    @Nested
    class Offers {

        private static final Duration TIMEOUT = Duration.ofSeconds(30);

        Offers() {
            engine = new RoutingEngine(clock, RoutingPolicy.DEFAULTS.withOffers(Set.of("billing"), TIMEOUT));
        }

        private Decision answer(String agentId, String ticketId, boolean accepted) {
            return engine.offerAnswered(nextId(), new OfferAnswered(agentId, ticketId, accepted, clock.instant()));
        }

        private static TicketOffered offered(Decision decision) {
            return (TicketOffered) event(decision, TicketOffered.TYPE).data();
        }

        @Test
        void shouldOfferInsteadOfAssigningAndHoldTheAgentsCapacityWhileOpen() {
            available(agent("ana").capacity(Map.of(Channel.EMAIL, 1)).build());

            Decision first = create(ticket("t-1").build());
            Decision second = create(ticket("t-2").build());

            assertThat(assignments(first)).isEmpty();
            assertThat(offered(first)).isEqualTo(new TicketOffered("t-1", "ana", "billing", T0, T0.plus(TIMEOUT),
                    "ONLY_ELIGIBLE"));
            assertThat(event(first, TicketOffered.TYPE).id()).isEqualTo("t-1:offered:1");
            assertThat(engine.ticket("t-1").orElseThrow().phase()).isEqualTo(TicketPhase.OFFERED);
            assertThat(engine.agent("ana").orElseThrow().load()).containsEntry(Channel.EMAIL, 1);
            assertThat(types(second)).containsExactly(TicketQueued.TYPE);
        }

        @Test
        void shouldAssignOnAcceptWithTheOffersReasonAndMarkItOffered() {
            available(agent("ana").build());
            create(ticket("t-1").build());
            clock.advance(Duration.ofSeconds(10));

            Decision accepted = answer("ana", "t-1", true);

            TicketAssigned assigned = assigned(accepted);
            assertThat(assigned.agentId()).isEqualTo("ana");
            assertThat(assigned.reason()).isEqualTo("ONLY_ELIGIBLE");
            assertThat(assigned.offered()).isTrue();
            assertThat(assigned.waitedMs()).isEqualTo(10_000);
            assertThat(event(accepted, TicketAssigned.TYPE).id()).isEqualTo("t-1:assigned:1");
            assertThat(engine.agent("ana").orElseThrow().offeredTickets()).isEmpty();
            assertThat(answer("ana", "t-1", true).events()).as("a second answer changes nothing").isEmpty();
        }

        @Test
        void shouldReturnADeclinedTicketWithItsAgeAndOfferItToAnotherAgentNext() {
            available(agent("ana").build());
            available(agent("bob").build());
            create(ticket("t-1").build());
            String first = engine.ticket("t-1").orElseThrow().agentId();
            String other = first.equals("ana") ? "bob" : "ana";
            clock.advance(Duration.ofSeconds(5));

            Decision declined = answer(first, "t-1", false);

            OfferDeclined end = (OfferDeclined) event(declined, OfferDeclined.TYPE).data();
            assertThat(end.reason()).isEqualTo(OfferDeclined.DECLINED);
            assertThat(end.agentId()).isEqualTo(first);
            assertThat(offered(declined).agentId()).isEqualTo(other);
            assertThat(engine.ticket("t-1").orElseThrow().queuedAt()).isEqualTo(T0);
        }

        @Test
        void shouldTimeOutAnUnansweredOfferInTheRoutingCycleAndNotOfferItToTheSameAgentAgain() {
            available(agent("ana").build());
            create(ticket("t-1").build());

            clock.advance(TIMEOUT.minusSeconds(1));
            assertThat(engine.tick().events()).isEmpty();
            clock.advance(Duration.ofSeconds(1));
            Decision timedOut = engine.tick();

            assertThat(((OfferDeclined) event(timedOut, OfferDeclined.TYPE).data()).reason())
                    .isEqualTo(OfferDeclined.TIMED_OUT);
            assertThat(types(timedOut)).doesNotContain(TicketOffered.TYPE);
            assertThat(engine.ticket("t-1").orElseThrow().phase()).isEqualTo(TicketPhase.WAITING);
            assertThat(engine.agent("ana").orElseThrow().load()).doesNotContainKey(Channel.EMAIL);
            assertThat(answer("ana", "t-1", true).events()).as("a late answer changes nothing").isEmpty();
        }

        @Test
        void shouldStartANewRoundWithTheEarlierDeclinerOnceEveryEligibleAgentDeclined() {
            available(agent("ana").build());
            available(agent("bob").build());
            create(ticket("t-1").build());
            String first = engine.ticket("t-1").orElseThrow().agentId();
            String second = first.equals("ana") ? "bob" : "ana";
            answer(first, "t-1", false);
            Decision bothDeclined = answer(second, "t-1", false);
            assertThat(types(bothDeclined)).doesNotContain(TicketOffered.TYPE);

            clock.advance(Duration.ofSeconds(1));
            Decision cycle = engine.tick();

            assertThat(offered(cycle).agentId()).as("not the agent who declined last").isEqualTo(first);
            assertThat(engine.ticket("t-1").orElseThrow().queuedAt()).isEqualTo(T0);
        }

        @Test
        void shouldOfferATicketItsOnlyAgentDeclinedAgainAfterOneOfferTimeoutRatherThanNever() {
            available(agent("ana").build());
            create(ticket("t-1").build());
            answer("ana", "t-1", false);

            clock.advance(TIMEOUT.minusSeconds(1));
            assertThat(types(engine.tick())).doesNotContain(TicketOffered.TYPE);
            clock.advance(Duration.ofSeconds(1));
            Decision cycle = engine.tick();

            assertThat(offered(cycle).agentId()).isEqualTo("ana");
            assertThat(event(cycle, TicketOffered.TYPE).id()).isEqualTo("t-1:offered:2");
        }

        @Test
        void shouldCountAnAcceptanceOfAnAgentWhoLeftAvailableAsDeclined() {
            available(agent("ana").build());
            create(ticket("t-1").build());
            engine.presenceChanged(nextId(), presence("ana", AgentStatus.AWAY));

            Decision accepted = answer("ana", "t-1", true);

            assertThat(assignments(accepted)).isEmpty();
            assertThat(((OfferDeclined) event(accepted, OfferDeclined.TYPE).data()).reason())
                    .isEqualTo(OfferDeclined.DECLINED);
        }

        @Test
        void shouldReleaseAnOpenOfferWhenTheAgentGoesOfflineWithAnIdOfItsOwn() {
            available(agent("ana").build());
            create(ticket("t-1").build());

            Decision offline = engine.presenceChanged(nextId(), presence("ana", AgentStatus.OFFLINE));

            assertThat(event(offline, TicketUnassigned.TYPE).id()).isEqualTo("t-1:unassigned:offer-1");
            assertThat(engine.ticket("t-1").orElseThrow().phase()).isEqualTo(TicketPhase.WAITING);
        }

        @Test
        void shouldAssignDirectlyInATeamWithoutOffers() {
            available(agent("sam").team("sales").build());

            Decision created = create(ticket("t-1").team("sales").build());

            assertThat(assigned(created).offered()).isNull();
        }
    }

    private static List<String> types(Decision decision) {
        return decision.events().stream().map(RaisedEvent::type).toList();
    }
}
