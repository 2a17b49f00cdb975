package dev.switchboard.analytics.fact;

import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketStatus;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.switchboard.analytics.fact.TicketEvents.achieved;
import static dev.switchboard.analytics.fact.TicketEvents.assigned;
import static dev.switchboard.analytics.fact.TicketEvents.at;
import static dev.switchboard.analytics.fact.TicketEvents.breached;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.internalNote;
import static dev.switchboard.analytics.fact.TicketEvents.publicReply;
import static dev.switchboard.analytics.fact.TicketEvents.rated;
import static dev.switchboard.analytics.fact.TicketEvents.reopened;
import static dev.switchboard.analytics.fact.TicketEvents.solved;
import static dev.switchboard.analytics.fact.TicketEvents.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TicketFactApplierTest {

    private final TicketFactApplier applier = new TicketFactApplier();

    private record Identified(String id, Object event) {
    }

    private static final List<Identified> LIFE = List.of(
            new Identified("t-1:created", created("t-1", at(0), "billing", Priority.HIGH)),
            new Identified("r-1", assigned("t-1", "agent-1", 4_000, at(5))),
            new Identified("r-2", assigned("t-1", "agent-2", 9_000, at(50))),
            new Identified("e-1", internalNote("t-1", "agent-1", at(8))),
            new Identified("e-2", publicReply("t-1", "agent-1", at(60))),
            new Identified("e-3", publicReply("t-1", "agent-2", at(120))),
            new Identified("e-4", new TicketPriorityChanged("t-1", Priority.HIGH, Priority.URGENT, at(70))),
            new Identified("e-5", solved("t-1", at(600))),
            new Identified("e-6", rated("t-1", 4, 9, at(700))),
            new Identified("s-1", achieved("t-1", SlaMetric.FIRST_REPLY, at(3600), at(60))),
            new Identified("s-2", breached("t-1", SlaMetric.RESOLUTION, at(500), at(500))));

    @Test
    void shouldFoldATicketsLifeIntoItsFact() {
        TicketFact fact = applyAll(LIFE);

        assertThat(fact.createdAt()).isEqualTo(at(0));
        assertThat(fact.effectiveTeam()).isEqualTo("billing");
        assertThat(fact.priority()).isEqualTo(Priority.URGENT);
        assertThat(fact.assignee()).isEqualTo("agent-2");
        assertThat(fact.queueWaitMs()).isEqualTo(4_000);
        assertThat(fact.firstReplyAgent()).isEqualTo("agent-1");
        assertThat(fact.firstReplyTime()).contains(Duration.ofSeconds(60));
        assertThat(fact.publicReplies()).isEqualTo(2);
        assertThat(fact.solvedAt()).contains(at(600));
        assertThat(fact.csat()).isEqualTo(4);
        assertThat(fact.nps()).isEqualTo(9);
        assertThat(fact.slaOutcomes()).hasSize(2);
        assertThat(fact.lastActivityAt()).isEqualTo(at(700));
        assertThat(fact.appliedEventIds()).hasSize(LIFE.size());
    }

    @Test
    void shouldReachTheSameFactWhateverOrderTheEventsArriveIn() {
        TicketFact inOrder = normalized(applyAll(LIFE));
        List<Identified> reversed = new ArrayList<>(LIFE).reversed();
        List<Identified> rotated = new ArrayList<>(LIFE);
        java.util.Collections.rotate(rotated, 4);
        List<Identified> interleaved = new ArrayList<>();
        for (int i = 0; i < LIFE.size(); i += 2) {
            interleaved.add(LIFE.get(i));
        }
        for (int i = 1; i < LIFE.size(); i += 2) {
            interleaved.add(LIFE.get(i));
        }

        assertThat(normalized(applyAll(reversed))).isEqualTo(inOrder);
        assertThat(normalized(applyAll(rotated))).isEqualTo(inOrder);
        assertThat(normalized(applyAll(interleaved))).isEqualTo(inOrder);
    }

    @Test
    void shouldChangeNothingWhenAnEventIsAppliedAgain() {
        TicketFact fact = applyAll(LIFE);

        for (Identified again : LIFE) {
            FactUpdate update = applier.apply(fact, again.id(), again.event());

            assertThat(update.changed()).isFalse();
            assertThat(update.fact()).isEqualTo(fact);
            assertThat(update.changes()).isEmpty();
        }
    }

    @Test
    void shouldRaiseTheCountAndMeasurementsOnceEachWhenTheyBecomeKnown() {
        TicketFact fact = TicketFact.empty("t-1");
        List<FactChange> raised = new ArrayList<>();
        for (Identified event : LIFE) {
            FactUpdate update = applier.apply(fact, event.id(), event.event());
            raised.addAll(update.changes());
            fact = update.fact();
        }

        assertThat(raised).containsExactlyInAnyOrder(
                new FactChange.TicketCounted("billing", Priority.HIGH),
                new FactChange.FirstReplyMeasured("billing", Priority.HIGH, Duration.ofSeconds(60)),
                new FactChange.TicketSolved("billing", Priority.URGENT, Duration.ofSeconds(600)),
                new FactChange.SlaBreachCounted("billing", Priority.URGENT, SlaMetric.RESOLUTION));
    }

    @Test
    void shouldMeasureTheFirstReplyWhenTheCreationArrivesAfterIt() {
        TicketFact replied = applier.apply(TicketFact.empty("t-1"), "e-1", publicReply("t-1", "a", at(30))).fact();

        FactUpdate update = applier.apply(replied, "c", created("t-1", at(0)));

        assertThat(update.changes()).contains(
                new FactChange.FirstReplyMeasured("billing", Priority.NORMAL, Duration.ofSeconds(30)));
    }

    @Test
    void shouldKeepAPriorityChangeThatArrivedBeforeTheCreation() {
        TicketFact fact = applyAll(List.of(
                new Identified("p", new TicketPriorityChanged("t-1", Priority.LOW, Priority.URGENT, at(10))),
                new Identified("c", created("t-1", at(0), "billing", Priority.LOW))));

        assertThat(fact.priority()).isEqualTo(Priority.URGENT);
    }

    @Test
    void shouldUndoASolveWhenTheTicketIsReopenedLater() {
        TicketFact fact = applyAll(List.of(
                new Identified("c", created("t-1", at(0))),
                new Identified("s", solved("t-1", at(100))),
                new Identified("r", reopened("t-1", 1, at(200)))));

        assertThat(fact.solvedAt()).isEmpty();
        assertThat(fact.isSolvedBefore(at(150))).isTrue();
        assertThat(fact.isSolvedBefore(at(250))).isFalse();
        assertThat(fact.reopens()).containsExactly(at(200));
    }

    @Test
    void shouldNotCountClosingASolvedTicketAsASecondSolve() {
        TicketFact fact = applyAll(List.of(
                new Identified("s", solved("t-1", at(100))),
                new Identified("x", status("t-1", TicketStatus.SOLVED, TicketStatus.CLOSED, at(200)))));

        assertThat(fact.solves()).containsExactly(at(100));
        assertThat(fact.solvedAt()).contains(at(100));
    }

    @Test
    void shouldLetABreachOutrankAnAchievementOfTheSameClock() {
        TicketFact breachFirst = applyAll(List.of(
                new Identified("b", breached("t-1", SlaMetric.FIRST_REPLY, at(60), at(60))),
                new Identified("a", achieved("t-1", SlaMetric.FIRST_REPLY, at(60), at(90)))));
        TicketFact achievedFirst = applyAll(List.of(
                new Identified("a", achieved("t-1", SlaMetric.FIRST_REPLY, at(60), at(90))),
                new Identified("b", breached("t-1", SlaMetric.FIRST_REPLY, at(60), at(60)))));

        assertThat(breachFirst.slaOutcomes()).containsExactly(
                new SlaOutcome(SlaMetric.FIRST_REPLY, at(60), SlaOutcome.Result.BREACHED, at(60)));
        assertThat(achievedFirst.slaOutcomes()).isEqualTo(breachFirst.slaOutcomes());
    }

    @Test
    void shouldRejectARatingOutOfRange() {
        assertThatThrownBy(() -> applier.apply(TicketFact.empty("t-1"), "e", rated("t-1", 6, null, at(1))))
                .isInstanceOf(UnreadableEventException.class);
        assertThatThrownBy(() -> applier.apply(TicketFact.empty("t-1"), "e", rated("t-1", 5, 11, at(1))))
                .isInstanceOf(UnreadableEventException.class);
    }

    @Test
    void shouldIgnoreEventsNoKpiDependsOn() {
        assertThat(applier.ticketIdOf(new dev.switchboard.events.ticket.CustomerMessageReceived("t-1", "hi", at(1))))
                .isEmpty();
        assertThat(applier.ticketIdOf(created("t-1", at(0)))).contains("t-1");
    }

    private TicketFact applyAll(List<Identified> events) {
        TicketFact fact = TicketFact.empty("t-1");
        for (Identified event : events) {
            fact = applier.apply(fact, event.id(), event.event()).fact();
        }
        return fact;
    }

    /** Lists kept in arrival order compared as sets: arrival order is the one thing allowed to differ. */
    private static TicketFact normalized(TicketFact fact) {
        TicketFact.Builder builder = TicketFact.builder(fact.ticketId())
                .version(fact.version()).createdAt(fact.createdAt()).team(fact.team()).routedTeam(fact.routedTeam())
                .channel(fact.channel()).priority(fact.priority()).priorityChangedAt(fact.priorityChangedAt())
                .customerTier(fact.customerTier()).assignee(fact.assignee()).assignedAt(fact.assignedAt())
                .firstAssignedAt(fact.firstAssignedAt()).queueWaitMs(fact.queueWaitMs())
                .firstReplyAt(fact.firstReplyAt()).firstReplyAgent(fact.firstReplyAgent())
                .publicReplies(fact.publicReplies()).ratedAt(fact.ratedAt()).csat(fact.csat()).nps(fact.nps())
                .slaOutcomes(fact.slaOutcomes().stream()
                        .sorted(Comparator.comparing(SlaOutcome::metric).thenComparing(SlaOutcome::at)).toList())
                .lastActivityAt(fact.lastActivityAt());
        fact.solves().stream().sorted().forEach(builder::addSolve);
        fact.unsolves().stream().sorted().forEach(builder::addUnsolve);
        fact.reopens().stream().sorted().forEach(builder::addReopen);
        Set<String> ids = new HashSet<>(fact.appliedEventIds());
        ids.stream().sorted().forEach(builder::addAppliedEventId);
        return builder.build();
    }
}
