package dev.switchboard.routing.assignment;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketQueued;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketReopened;
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

class RoutingEngineTest {

    private final MutableClock clock = new MutableClock(T0);
    private final RoutingEngine engine = new RoutingEngine(clock);
    private final AtomicInteger eventIds = new AtomicInteger();

    private String nextId() {
        return "event-" + eventIds.incrementAndGet();
    }

    private void availableAgent(AgentUpdated agent) {
        engine.agentUpdated(nextId(), agent);
        engine.presenceChanged(nextId(), presence(agent.agentId(), AgentStatus.AVAILABLE));
    }

    private Decision create(TicketCreated ticket) {
        return engine.ticketCreated(nextId(), ticket);
    }

    private static TicketAssigned assigned(Decision decision) {
        return decision.events().stream().map(RaisedEvent::data).filter(TicketAssigned.class::isInstance)
                .map(TicketAssigned.class::cast).findFirst().orElseThrow(() -> new AssertionError("no assignment"));
    }

    private static List<String> types(Decision decision) {
        return decision.events().stream().map(RaisedEvent::type).toList();
    }

    @Nested
    class Eligibility {

        @Test
        void shouldAssignNewTicketToAvailableAgentOfItsTeam() {
            availableAgent(agent("ana").build());

            Decision decision = create(ticket("t-1").build());

            TicketAssigned assignment = assigned(decision);
            assertThat(assignment.agentId()).isEqualTo("ana");
            assertThat(assignment.team()).isEqualTo("billing");
            assertThat(assignment.reason()).isEqualTo("ONLY_ELIGIBLE");
            assertThat(decision.events().getFirst().id()).isEqualTo("t-1:assigned:1");
            assertThat(engine.agent("ana").orElseThrow().assignedTickets()).containsKey("t-1");
        }

        @Test
        void shouldQueueTicketWhenNoAgentIsAvailable() {
            engine.agentUpdated(nextId(), agent("ana").build());

            Decision decision = create(ticket("t-1").priority(Priority.HIGH).build());

            assertThat(types(decision)).containsExactly(TicketQueued.TYPE);
            assertThat(decision.events().getFirst().id()).isEqualTo("t-1:queued:1");
            assertThat((TicketQueued) decision.events().getFirst().data())
                    .isEqualTo(new TicketQueued("t-1", "billing", Priority.HIGH, T0, "EXACT", null, null));
            assertThat(engine.ticket("t-1").orElseThrow().phase()).isEqualTo(TicketPhase.WAITING);
        }

        @Test
        void shouldNotAssignToAgentOfAnotherTeam() {
            availableAgent(agent("ana").team("sales").build());

            Decision decision = create(ticket("t-1").team("billing").build());

            assertThat(types(decision)).containsExactly(TicketQueued.TYPE);
        }

        @Test
        void shouldAssignTicketWithoutTeamToAgentOfAnyTeam() {
            availableAgent(agent("ana").team("sales").build());

            Decision decision = create(ticket("t-1").team(null).build());

            assertThat(assigned(decision).agentId()).isEqualTo("ana");
        }

        @Test
        void shouldRequireEveryRequiredSkill() {
            availableAgent(agent("ana").skills(Map.of("billing", 3)).build());
            availableAgent(agent("ben").skills(Map.of("billing", 1, "german", 2)).build());

            Decision decision = create(ticket("t-1").skills("billing", "german").build());

            assertThat(assigned(decision).agentId()).isEqualTo("ben");
        }

        @Test
        void shouldNotAssignOnChannelMissingFromCapacity() {
            availableAgent(agent("ana").capacity(Map.of(Channel.EMAIL, 5)).build());

            Decision decision = create(ticket("t-1").channel(Channel.PHONE).build());

            assertThat(types(decision)).containsExactly(TicketQueued.TYPE);
        }

        @Test
        void shouldNotAssignBeyondCapacityOfTheChannel() {
            availableAgent(agent("ana").capacity(Map.of(Channel.CHAT, 1)).build());
            create(ticket("t-1").channel(Channel.CHAT).build());

            Decision decision = create(ticket("t-2").channel(Channel.CHAT).build());

            assertThat(types(decision)).containsExactly(TicketQueued.TYPE);
            assertThat(engine.agent("ana").orElseThrow().load()).containsEntry(Channel.CHAT, 1);
        }

        @Test
        void shouldNotAssignToAwayOrOfflineAgent() {
            engine.agentUpdated(nextId(), agent("off").build());
            availableAgent(agent("away").build());
            engine.presenceChanged(nextId(), presence("away", AgentStatus.AWAY));

            Decision decision = create(ticket("t-1").build());

            assertThat(types(decision)).containsExactly(TicketQueued.TYPE);
        }
    }

    @Nested
    class Choice {

        @Test
        void shouldPreferLeastOccupiedAgent() {
            availableAgent(agent("ana").capacity(Map.of(Channel.EMAIL, 2)).build());
            clock.advance(Duration.ofMinutes(1));
            availableAgent(agent("ben").capacity(Map.of(Channel.EMAIL, 4)).build());
            create(ticket("t-1").build());
            create(ticket("t-2").build());
            // ana (longest idle) took t-1 and ben t-2: ana is at 1/2, ben at 1/4

            Decision decision = create(ticket("t-3").build());

            assertThat(assigned(decision).agentId()).isEqualTo("ben");
            assertThat(assigned(decision).reason()).isEqualTo("LEAST_OCCUPIED");
        }

        @Test
        void shouldPreferLongestIdleAgentWhenEquallyOccupied() {
            availableAgent(agent("ana").build());
            clock.advance(Duration.ofMinutes(1));
            availableAgent(agent("ben").build());

            Decision decision = create(ticket("t-1").build());

            assertThat(assigned(decision).agentId()).isEqualTo("ana");
            assertThat(assigned(decision).reason()).isEqualTo("LONGEST_IDLE");
        }
    }

    @Nested
    class Queue {

        @Test
        void shouldServeUrgentFirstThenVipThenOldestWhenAgentBecomesAvailable() {
            engine.agentUpdated(nextId(), agent("ana").capacity(Map.of(Channel.EMAIL, 3)).build());
            create(ticket("old-normal").createdAt(T0).build());
            create(ticket("low").priority(Priority.LOW).createdAt(T0.minusSeconds(600)).build());
            create(ticket("new-normal-vip").vip().createdAt(T0.plusSeconds(60)).build());
            create(ticket("urgent").priority(Priority.URGENT).createdAt(T0.plusSeconds(120)).build());
            clock.advance(Duration.ofSeconds(30));

            Decision decision = engine.presenceChanged(nextId(), presence("ana", AgentStatus.AVAILABLE));

            assertThat(decision.events()).extracting(RaisedEvent::subject)
                    .containsExactly("urgent", "new-normal-vip", "old-normal");
            assertThat(((TicketAssigned) decision.events().getFirst().data()).waitedMs()).isEqualTo(30_000);
            assertThat(engine.ticket("low").orElseThrow().phase()).isEqualTo(TicketPhase.WAITING);
        }

        @Test
        void shouldFreeCapacityAndServeQueueWhenTicketIsSolved() {
            availableAgent(agent("ana").capacity(Map.of(Channel.EMAIL, 1)).build());
            create(ticket("t-1").build());
            create(ticket("t-2").build());

            Decision decision = engine.ticketStatusChanged(nextId(), status("t-1", TicketStatus.OPEN,
                    TicketStatus.SOLVED));

            assertThat(assigned(decision).ticketId()).isEqualTo("t-2");
            assertThat(engine.agent("ana").orElseThrow().assignedTickets()).containsOnlyKeys("t-2");
        }

        @Test
        void shouldKeepCapacityWhileTicketIsPending() {
            availableAgent(agent("ana").capacity(Map.of(Channel.EMAIL, 1)).build());
            create(ticket("t-1").build());
            create(ticket("t-2").build());

            Decision decision = engine.ticketStatusChanged(nextId(), status("t-1", TicketStatus.OPEN,
                    TicketStatus.PENDING));

            assertThat(decision.events()).isEmpty();
            assertThat(engine.ticket("t-2").orElseThrow().phase()).isEqualTo(TicketPhase.WAITING);
        }

        @Test
        void shouldDropWaitingTicketFromQueueWhenItIsClosed() {
            create(ticket("t-1").build());

            engine.ticketStatusChanged(nextId(), status("t-1", TicketStatus.NEW, TicketStatus.CLOSED));
            availableAgent(agent("ana").build());

            assertThat(engine.ticket("t-1").orElseThrow().phase()).isEqualTo(TicketPhase.CLOSED);
            assertThat(engine.agent("ana").orElseThrow().assignedTickets()).isEmpty();
        }

        @Test
        void shouldReorderQueueWhenPriorityChanges() {
            engine.agentUpdated(nextId(), agent("ana").capacity(Map.of(Channel.EMAIL, 1)).build());
            create(ticket("first").createdAt(T0).build());
            create(ticket("second").createdAt(T0.plusSeconds(1)).build());
            engine.ticketPriorityChanged(nextId(), new TicketPriorityChanged("second", Priority.NORMAL,
                    Priority.URGENT, T0));

            Decision decision = engine.presenceChanged(nextId(), presence("ana", AgentStatus.AVAILABLE));

            assertThat(assigned(decision).ticketId()).isEqualTo("second");
        }

        @Test
        void shouldServeQueueWhenAgentCapacityGrows() {
            availableAgent(agent("ana").capacity(Map.of(Channel.EMAIL, 1)).build());
            create(ticket("t-1").build());
            create(ticket("t-2").build());

            Decision decision = engine.agentUpdated(nextId(), agent("ana").capacity(Map.of(Channel.EMAIL, 2)).build());

            assertThat(assigned(decision).ticketId()).isEqualTo("t-2");
        }
    }

    @Nested
    class ReopenAndRelease {

        @Test
        void shouldReturnReopenedTicketToItsPreviousAgent() {
            availableAgent(agent("ana").build());
            availableAgent(agent("ben").build());
            create(ticket("t-1").build());
            String first = engine.ticket("t-1").orElseThrow().agentId();
            engine.ticketStatusChanged(nextId(), status("t-1", TicketStatus.OPEN, TicketStatus.SOLVED));

            Decision decision = engine.ticketReopened(nextId(), new TicketReopened("t-1", 1, T0));

            assertThat(assigned(decision).agentId()).isEqualTo(first);
            assertThat(assigned(decision).reason()).isEqualTo("PREVIOUS_AGENT");
            assertThat(decision.events().getFirst().id()).isEqualTo("t-1:assigned:2");
        }

        @Test
        void shouldRouteReopenedTicketAnewWhenPreviousAgentIsOffline() {
            availableAgent(agent("ana").build());
            create(ticket("t-1").build());
            engine.ticketStatusChanged(nextId(), status("t-1", TicketStatus.OPEN, TicketStatus.SOLVED));
            engine.presenceChanged(nextId(), presence("ana", AgentStatus.OFFLINE));

            Decision decision = engine.ticketReopened(nextId(), new TicketReopened("t-1", 1, T0));

            assertThat(types(decision)).containsExactly(TicketQueued.TYPE);
        }

        @Test
        void shouldTreatStatusChangeOutOfSolvedAsReopen() {
            availableAgent(agent("ana").build());
            create(ticket("t-1").build());
            engine.ticketStatusChanged(nextId(), status("t-1", TicketStatus.OPEN, TicketStatus.SOLVED));

            Decision decision = engine.ticketStatusChanged(nextId(), status("t-1", TicketStatus.SOLVED,
                    TicketStatus.OPEN));

            assertThat(assigned(decision).agentId()).isEqualTo("ana");
        }

        @Test
        void shouldReleaseOpenTicketsToOtherAgentsWhenAgentGoesOffline() {
            availableAgent(agent("ana").capacity(Map.of(Channel.EMAIL, 2)).build());
            create(ticket("t-1").build());
            create(ticket("t-2").build());
            engine.agentUpdated(nextId(), agent("ben").capacity(Map.of(Channel.EMAIL, 1)).build());
            engine.presenceChanged(nextId(), presence("ben", AgentStatus.AVAILABLE));

            Decision decision = engine.presenceChanged(nextId(), presence("ana", AgentStatus.OFFLINE));

            assertThat(decision.events()).extracting(RaisedEvent::id).containsExactly(
                    "t-1:unassigned:1", "t-2:unassigned:1", "t-1:assigned:2", "t-2:queued:1");
            TicketUnassigned unassigned = (TicketUnassigned) decision.events().getFirst().data();
            assertThat(unassigned.reason()).isEqualTo("AGENT_OFFLINE");
            assertThat(unassigned.agentId()).isEqualTo("ana");
            assertThat(engine.agent("ana").orElseThrow().assignedTickets()).isEmpty();
            assertThat(engine.agent("ben").orElseThrow().assignedTickets()).containsOnlyKeys("t-1");
        }

        @Test
        void shouldKeepOpenTicketsWhenAgentGoesAway() {
            availableAgent(agent("ana").build());
            create(ticket("t-1").build());

            Decision decision = engine.presenceChanged(nextId(), presence("ana", AgentStatus.AWAY));

            assertThat(decision.events()).isEmpty();
            assertThat(engine.agent("ana").orElseThrow().assignedTickets()).containsOnlyKeys("t-1");
        }
    }

    @Nested
    class Idempotency {

        @Test
        void shouldIgnoreRedeliveredTicketCreated() {
            availableAgent(agent("ana").build());
            engine.ticketCreated("t-1:created", ticket("t-1").build());

            Decision again = engine.ticketCreated("t-1:created", ticket("t-1").build());

            assertThat(again).isEqualTo(Decision.NONE);
            assertThat(engine.agent("ana").orElseThrow().assignedTickets()).hasSize(1);
        }

        @Test
        void shouldIgnoreRedeliveredStatusChange() {
            availableAgent(agent("ana").capacity(Map.of(Channel.EMAIL, 1)).build());
            create(ticket("t-1").build());
            engine.ticketStatusChanged("solved-1", status("t-1", TicketStatus.OPEN, TicketStatus.SOLVED));
            engine.ticketReopened(nextId(), new TicketReopened("t-1", 1, T0));

            Decision again = engine.ticketStatusChanged("solved-1", status("t-1", TicketStatus.OPEN,
                    TicketStatus.SOLVED));

            assertThat(again).isEqualTo(Decision.NONE);
            assertThat(engine.ticket("t-1").orElseThrow().phase()).isEqualTo(TicketPhase.ASSIGNED);
        }

        @Test
        void shouldIgnoreRedeliveredPresenceChange() {
            engine.agentUpdated(nextId(), agent("ana").build());
            engine.presenceChanged("p-1", presence("ana", AgentStatus.AVAILABLE));
            engine.presenceChanged(nextId(), presence("ana", AgentStatus.OFFLINE));

            Decision again = engine.presenceChanged("p-1", presence("ana", AgentStatus.AVAILABLE));

            assertThat(again).isEqualTo(Decision.NONE);
            assertThat(engine.agent("ana").orElseThrow().status()).isEqualTo(AgentStatus.OFFLINE);
        }

        @Test
        void shouldListTheSnapshotHoldingTheEventIdLast() {
            availableAgent(agent("ana").build());

            Decision decision = create(ticket("t-1").build());

            assertThat(decision.saveOrder()).isEqualTo(Decision.SaveOrder.AGENTS_THEN_TICKETS);
            assertThat(decision.changedAgents()).extracting(AgentState::id).containsExactly("ana");
            assertThat(decision.changedTickets().getLast().id()).isEqualTo("t-1");
        }

        @Test
        void shouldResumeFromRestoredStateWithLoadAndDeduplication() {
            availableAgent(agent("ana").capacity(Map.of(Channel.EMAIL, 1)).build());
            engine.ticketCreated("t-1:created", ticket("t-1").build());
            create(ticket("t-2").build());
            RoutingEngine restarted = new RoutingEngine(clock);

            restarted.restore(engine.agents(null), engine.tickets());

            assertThat(restarted.ticketCreated("t-1:created", ticket("t-1").build())).isEqualTo(Decision.NONE);
            assertThat(restarted.agent("ana").orElseThrow().assignedTickets()).containsOnlyKeys("t-1");
            Decision solved = restarted.ticketStatusChanged(nextId(), status("t-1", TicketStatus.OPEN,
                    TicketStatus.SOLVED));
            assertThat(assigned(solved).ticketId()).isEqualTo("t-2");
        }
    }

    @Nested
    class Queues {

        @Test
        void shouldSummarizeEachTeamsQueue() {
            availableAgent(agent("ana").capacity(Map.of(Channel.EMAIL, 2, Channel.CHAT, 2)).build());
            create(ticket("t-1").build());
            create(ticket("t-2").channel(Channel.PHONE).priority(Priority.HIGH).build());
            create(ticket("t-3").team("sales").build());
            clock.advance(Duration.ofSeconds(90));

            List<QueueSummary> queues = engine.queues();

            assertThat(queues).extracting(QueueSummary::team).containsExactly("billing", "sales");
            QueueSummary billing = queues.getFirst();
            assertThat(billing.waiting()).isEqualTo(1);
            assertThat(billing.waitingByPriority()).containsEntry(Priority.HIGH, 1);
            assertThat(billing.oldestWaitSeconds()).isEqualTo(90);
            assertThat(billing.agentsAvailable()).isEqualTo(1);
            assertThat(billing.utilization()).isEqualTo(0.25);
            assertThat(queues.getLast().agentsAvailable()).isZero();
        }
    }

    @Nested
    class WaitingList {

        @Test
        void shouldListATeamsWaitingTicketsInServingOrderWithPositions() {
            engine.agentUpdated(nextId(), agent("ana").build());
            create(ticket("t-old").build());
            clock.advance(Duration.ofMinutes(1));
            create(ticket("t-vip").vip().build());
            create(ticket("t-urgent").priority(Priority.URGENT).build());
            create(ticket("t-other-team").team("sales").build());

            List<WaitingTicket> waiting = engine.waitingInOrder("billing", 10);

            assertThat(waiting).extracting(WaitingTicket::ticketId).containsExactly("t-urgent", "t-vip", "t-old");
            assertThat(waiting).extracting(WaitingTicket::position).containsExactly(1, 2, 3);
            assertThat(waiting.getLast().waitSeconds()).isEqualTo(60);
            assertThat(engine.waitingInOrder("billing", 2)).hasSize(2);
        }

        @Test
        void shouldShowTheAgedPriorityThatPutsAnOldLowTicketAheadOfANewerHighOne() {
            engine.agentUpdated(nextId(), agent("ana").build());
            create(ticket("t-normal").build());
            clock.advance(Duration.ofMinutes(25));
            create(ticket("t-high").priority(Priority.HIGH).build());

            List<WaitingTicket> waiting = engine.waitingInOrder("billing", 10);

            assertThat(waiting).extracting(WaitingTicket::ticketId).containsExactly("t-normal", "t-high");
            assertThat(waiting.getFirst().priority()).isEqualTo(Priority.NORMAL);
            assertThat(waiting.getFirst().effectivePriority()).isEqualTo(Priority.URGENT);
        }
    }
}
