package dev.switchboard.sla.clock;

import dev.switchboard.events.sla.SlaAchieved;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.sla.SlaPaused;
import dev.switchboard.events.sla.SlaResumed;
import dev.switchboard.events.sla.SlaStarted;
import dev.switchboard.events.sla.SlaWarning;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.sla.policy.Policies;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class TicketSlaTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T08:00:00Z");

    private final TicketSla sla = new TicketSla("t-1");

    private static Instant at(Duration sinceCreation) {
        return CREATED.plus(sinceCreation);
    }

    private List<SlaEvent> createUrgent() {
        return sla.created(Policies.ticket(Priority.URGENT), Policies.urgent(), CREATED);
    }

    @Test
    void shouldStartFirstReplyAndResolutionWithDueAtFromTheTargetsWhenCreated() {
        List<SlaEvent> raised = createUrgent();

        assertThat(raised).extracting(SlaEvent::id)
                .containsExactly("t-1:FIRST_REPLY:0:started", "t-1:RESOLUTION:0:started");
        assertThat(raised).extracting(SlaEvent::data).containsExactly(
                new SlaStarted("t-1", SlaMetric.FIRST_REPLY, "urgent", CREATED, at(Duration.ofHours(1))),
                new SlaStarted("t-1", SlaMetric.RESOLUTION, "urgent", CREATED, at(Duration.ofDays(1))));
        assertThat(sla.nextDeadline()).contains(at(Duration.ofMinutes(45)));
    }

    @Test
    void shouldAchieveFirstReplyWhenAPublicReplyComesBeforeTheDeadline() {
        createUrgent();

        List<SlaEvent> raised = sla.replied(true, at(Duration.ofMinutes(20)));

        assertThat(raised).extracting(SlaEvent::id).containsExactly("t-1:FIRST_REPLY:0:achieved");
        assertThat(raised.getFirst().data()).isEqualTo(new SlaAchieved("t-1", SlaMetric.FIRST_REPLY,
                at(Duration.ofHours(1)), at(Duration.ofMinutes(20))));
        assertThat(sla.clocks()).filteredOn(c -> c.metric() == SlaMetric.RESOLUTION)
                .extracting(ClockView::state).containsExactly(ClockState.RUNNING);
    }

    @Test
    void shouldIgnoreAnInternalNoteForFirstReply() {
        createUrgent();

        assertThat(sla.replied(false, at(Duration.ofMinutes(20)))).isEmpty();
        assertThat(sla.clocks()).filteredOn(c -> c.metric() == SlaMetric.FIRST_REPLY)
                .extracting(ClockView::state).containsExactly(ClockState.RUNNING);
    }

    @Test
    void shouldWarnAtEachThresholdAndThenBreachWhenTheDeadlinePasses() {
        createUrgent();

        List<SlaEvent> raised = sla.advance(at(Duration.ofMinutes(61)));

        assertThat(raised).extracting(SlaEvent::id).containsExactly(
                "t-1:FIRST_REPLY:0:warning:0.75", "t-1:FIRST_REPLY:0:warning:0.9", "t-1:FIRST_REPLY:0:breached",
                "t-1:FIRST_REPLY:0:escalated:1");
        Instant due = at(Duration.ofHours(1));
        assertThat(raised.get(0).data()).isEqualTo(
                new SlaWarning("t-1", SlaMetric.FIRST_REPLY, due, 0.75, at(Duration.ofMinutes(45))));
        assertThat(raised.get(1).data()).isEqualTo(
                new SlaWarning("t-1", SlaMetric.FIRST_REPLY, due, 0.9, at(Duration.ofMinutes(54))));
        assertThat(raised.get(2).data()).isEqualTo(new SlaBreached("t-1", SlaMetric.FIRST_REPLY, due, due));
        assertThat(sla.advance(at(Duration.ofMinutes(62)))).isEmpty();
    }

    @Test
    void shouldNotAchieveAClockThatAlreadyBreached() {
        createUrgent();

        List<SlaEvent> raised = sla.replied(true, at(Duration.ofMinutes(70)));

        assertThat(raised).extracting(SlaEvent::id).contains("t-1:FIRST_REPLY:0:breached")
                .doesNotContain("t-1:FIRST_REPLY:0:achieved");
        assertThat(sla.clocks()).filteredOn(c -> c.metric() == SlaMetric.FIRST_REPLY)
                .extracting(ClockView::state, ClockView::open).containsExactly(
                        tuple(ClockState.BREACHED, false));
    }

    @Test
    void shouldMoveDueAtByThePausedTimeWhenPausedAndResumed() {
        createUrgent();

        List<SlaEvent> paused = sla.statusChanged(TicketStatus.PENDING, at(Duration.ofMinutes(10)));
        List<SlaEvent> resumed = sla.statusChanged(TicketStatus.OPEN, at(Duration.ofMinutes(40)));

        assertThat(paused).extracting(SlaEvent::data).contains(
                new SlaPaused("t-1", SlaMetric.FIRST_REPLY, at(Duration.ofMinutes(10)),
                        Duration.ofMinutes(50).toMillis()));
        assertThat(resumed).extracting(SlaEvent::data).contains(
                new SlaResumed("t-1", SlaMetric.FIRST_REPLY, at(Duration.ofMinutes(40)),
                        at(Duration.ofMinutes(90))));
        assertThat(resumed).extracting(SlaEvent::id).contains("t-1:FIRST_REPLY:0:resumed:1");
    }

    @Test
    void shouldNeitherWarnNorBreachWhilePaused() {
        createUrgent();
        sla.statusChanged(TicketStatus.ON_HOLD, at(Duration.ofMinutes(10)));

        assertThat(sla.advance(at(Duration.ofHours(5)))).isEmpty();
        assertThat(sla.nextDeadline()).isEmpty();
    }

    @Test
    void shouldStopEveryClockWhenSolvedSoThatNoNextReplyRunsAfterwards() {
        createUrgent();
        sla.replied(true, at(Duration.ofMinutes(5)));
        sla.customerMessage(at(Duration.ofMinutes(10)));

        List<SlaEvent> raised = sla.statusChanged(TicketStatus.SOLVED, at(Duration.ofMinutes(20)));

        assertThat(raised).extracting(SlaEvent::id)
                .containsExactlyInAnyOrder("t-1:NEXT_REPLY:0:achieved", "t-1:RESOLUTION:0:achieved");
        assertThat(sla.hasOpenClocks()).isFalse();
        assertThat(sla.customerMessage(at(Duration.ofMinutes(30)))).isEmpty();
        assertThat(sla.nextDeadline()).isEmpty();
    }

    @Test
    void shouldRunNextReplyFromACustomerMessageAfterAnAgentReplyToTheNextPublicReply() {
        createUrgent();
        assertThat(sla.customerMessage(at(Duration.ofMinutes(1)))).isEmpty();
        sla.replied(true, at(Duration.ofMinutes(5)));

        List<SlaEvent> started = sla.customerMessage(at(Duration.ofMinutes(30)));
        List<SlaEvent> note = sla.replied(false, at(Duration.ofMinutes(40)));
        List<SlaEvent> achieved = sla.replied(true, at(Duration.ofMinutes(50)));
        List<SlaEvent> secondCycle = sla.customerMessage(at(Duration.ofMinutes(60)));

        assertThat(started).extracting(SlaEvent::data).containsExactly(new SlaStarted("t-1",
                SlaMetric.NEXT_REPLY, "urgent", at(Duration.ofMinutes(30)),
                at(Duration.ofMinutes(30)).plus(Duration.ofHours(4))));
        assertThat(note).isEmpty();
        assertThat(achieved).extracting(SlaEvent::id).containsExactly("t-1:NEXT_REPLY:0:achieved");
        assertThat(secondCycle).extracting(SlaEvent::id).containsExactly("t-1:NEXT_REPLY:1:started");
    }

    @Test
    void shouldStartANewResolutionCycleWhenReopened() {
        createUrgent();
        sla.replied(true, at(Duration.ofMinutes(5)));
        sla.statusChanged(TicketStatus.SOLVED, at(Duration.ofHours(2)));

        List<SlaEvent> raised = sla.reopened(at(Duration.ofHours(3)));
        List<SlaEvent> statusAfterReopen = sla.statusChanged(TicketStatus.OPEN, at(Duration.ofHours(3)));

        assertThat(raised).extracting(SlaEvent::data).containsExactly(new SlaStarted("t-1", SlaMetric.RESOLUTION,
                "urgent", at(Duration.ofHours(3)), at(Duration.ofHours(27))));
        assertThat(raised).extracting(SlaEvent::id).containsExactly("t-1:RESOLUTION:1:started");
        assertThat(statusAfterReopen).isEmpty();
    }

    @Test
    void shouldRetargetRunningClocksKeepingElapsedTimeWhenThePriorityChanges() {
        sla.created(Policies.ticket(Priority.NORMAL), Policies.standard(), CREATED);

        List<SlaEvent> raised = sla.priorityChanged(Priority.URGENT, Policies.urgent(), at(Duration.ofMinutes(30)));

        assertThat(raised).extracting(SlaEvent::data).containsExactly(
                new SlaStarted("t-1", SlaMetric.FIRST_REPLY, "urgent", CREATED, at(Duration.ofHours(1))),
                new SlaStarted("t-1", SlaMetric.RESOLUTION, "urgent", CREATED, at(Duration.ofDays(1))));
        assertThat(raised).extracting(SlaEvent::id)
                .containsExactly("t-1:FIRST_REPLY:0:retargeted:1", "t-1:RESOLUTION:0:retargeted:1");
    }

    @Test
    void shouldBreachAtOnceWhenTheNewTargetIsAlreadyUsedUp() {
        sla.created(Policies.ticket(Priority.NORMAL), Policies.standard(), CREATED);

        List<SlaEvent> raised = sla.priorityChanged(Priority.URGENT, Policies.urgent(), at(Duration.ofHours(2)));

        assertThat(raised).extracting(SlaEvent::id).contains("t-1:FIRST_REPLY:0:breached");
        assertThat(raised).extracting(SlaEvent::data)
                .contains(new SlaBreached("t-1", SlaMetric.FIRST_REPLY, at(Duration.ofHours(2)),
                        at(Duration.ofHours(2))));
    }

    @Test
    void shouldEscalateLevelByLevelAfterTheBreachUntilTheClockStops() {
        createUrgent();
        sla.advance(at(Duration.ofHours(1)));

        List<SlaEvent> levelTwo = sla.advance(at(Duration.ofMinutes(90)));

        assertThat(levelTwo).extracting(SlaEvent::data).containsExactly(new SlaEscalated("t-1", 2,
                "FIRST_REPLY breached", SlaMetric.FIRST_REPLY, "ROUTE_TO_TIER", 2, at(Duration.ofMinutes(90))));
        assertThat(sla.escalations()).extracting(Escalation::level, Escalation::open).containsExactly(
                tuple(1, true), tuple(2, true));

        sla.replied(true, at(Duration.ofMinutes(95)));

        assertThat(sla.escalations()).extracting(Escalation::open).containsExactly(false, false);
    }

    @Test
    void shouldBehaveTheSameAfterARestoreFromItsSnapshot() {
        createUrgent();
        sla.statusChanged(TicketStatus.PENDING, at(Duration.ofMinutes(10)));
        sla.markApplied("e-1");

        TicketSla restored = TicketSla.restore(sla.snapshot());

        assertThat(restored.snapshot()).isEqualTo(sla.snapshot());
        assertThat(restored.applied("e-1")).isTrue();
        assertThat(restored.statusChanged(TicketStatus.OPEN, at(Duration.ofMinutes(40))))
                .isEqualTo(sla.statusChanged(TicketStatus.OPEN, at(Duration.ofMinutes(40))));
    }

    @Test
    void shouldNotRunPeriodicUpdatesBeforeTheFirstPublicReplySoTheyCannotOverrideFirstReply() {
        List<SlaEvent> raised = sla.created(Policies.ticket(Priority.URGENT), Policies.urgentWithUpdates(), CREATED);

        assertThat(raised).extracting(SlaEvent::id)
                .containsExactly("t-1:FIRST_REPLY:0:started", "t-1:RESOLUTION:0:started");
        assertThat(sla.nextDeadline()).contains(at(Duration.ofMinutes(45)));
        assertThat(sla.advance(at(Duration.ofMinutes(59)))).extracting(SlaEvent::id)
                .containsExactly("t-1:FIRST_REPLY:0:warning:0.75", "t-1:FIRST_REPLY:0:warning:0.9");
    }

    @Test
    void shouldEndOneUpdateCycleAndStartTheNextAtEachPublicReply() {
        sla.created(Policies.ticket(Priority.URGENT), Policies.urgentWithUpdates(), CREATED);

        List<SlaEvent> first = sla.replied(true, at(Duration.ofMinutes(10)));
        List<SlaEvent> note = sla.replied(false, at(Duration.ofMinutes(20)));
        List<SlaEvent> second = sla.replied(true, at(Duration.ofMinutes(30)));

        assertThat(first).extracting(SlaEvent::id)
                .containsExactly("t-1:FIRST_REPLY:0:achieved", "t-1:PERIODIC_UPDATE:0:started");
        assertThat(first.get(1).data()).isEqualTo(new SlaStarted("t-1", SlaMetric.PERIODIC_UPDATE,
                "urgent-updates", at(Duration.ofMinutes(10)), at(Duration.ofMinutes(40))));
        assertThat(note).isEmpty();
        assertThat(second).extracting(SlaEvent::id)
                .containsExactly("t-1:PERIODIC_UPDATE:0:achieved", "t-1:PERIODIC_UPDATE:1:started");
        assertThat(sla.clocks()).filteredOn(c -> c.metric() == SlaMetric.PERIODIC_UPDATE && c.open())
                .extracting(ClockView::cycle, ClockView::dueAt).containsExactly(tuple(1, at(Duration.ofHours(1))));
    }

    @Test
    void shouldWarnBreachAndEscalateWhenNoUpdateComesInTime() {
        sla.created(Policies.ticket(Priority.URGENT), Policies.urgentWithUpdates(), CREATED);
        sla.replied(true, at(Duration.ofMinutes(10)));

        List<SlaEvent> raised = sla.advance(at(Duration.ofMinutes(40)));

        assertThat(raised).extracting(SlaEvent::id).containsExactly("t-1:PERIODIC_UPDATE:0:warning:0.75",
                "t-1:PERIODIC_UPDATE:0:warning:0.9", "t-1:PERIODIC_UPDATE:0:breached",
                "t-1:PERIODIC_UPDATE:0:escalated:1");
        assertThat(raised.get(2).data()).isEqualTo(new SlaBreached("t-1", SlaMetric.PERIODIC_UPDATE,
                at(Duration.ofMinutes(40)), at(Duration.ofMinutes(40))));
    }

    @Test
    void shouldPauseUpdatesWhileWaitingOnTheCustomerAndKeepThePausedTime() {
        sla.created(Policies.ticket(Priority.URGENT), Policies.urgentWithUpdates(), CREATED);
        sla.replied(true, at(Duration.ofMinutes(10)));

        sla.statusChanged(TicketStatus.PENDING, at(Duration.ofMinutes(20)));
        assertThat(sla.advance(at(Duration.ofHours(3)))).isEmpty();
        List<SlaEvent> resumed = sla.statusChanged(TicketStatus.OPEN, at(Duration.ofHours(3)));

        // 10 of the 30 minutes were used before the pause: 20 remain after it
        assertThat(resumed).extracting(SlaEvent::data).contains(new SlaResumed("t-1", SlaMetric.PERIODIC_UPDATE,
                at(Duration.ofHours(3)), at(Duration.ofHours(3)).plus(Duration.ofMinutes(20))));
    }

    @Test
    void shouldStopUpdatesWhenSolvedAndOweThemAgainFromAReopen() {
        sla.created(Policies.ticket(Priority.URGENT), Policies.urgentWithUpdates(), CREATED);
        sla.replied(true, at(Duration.ofMinutes(10)));

        List<SlaEvent> solved = sla.statusChanged(TicketStatus.SOLVED, at(Duration.ofMinutes(20)));
        assertThat(sla.advance(at(Duration.ofHours(5)))).isEmpty();
        List<SlaEvent> reopened = sla.reopened(at(Duration.ofHours(5)));

        assertThat(solved).extracting(SlaEvent::id).contains("t-1:PERIODIC_UPDATE:0:achieved");
        assertThat(reopened).extracting(SlaEvent::id)
                .containsExactly("t-1:RESOLUTION:1:started", "t-1:PERIODIC_UPDATE:1:started");
    }

    @Test
    void shouldCountTheTimeBeforeARetargetInTheOldPolicysCalendar() {
        // Monday 08:00Z: office hours open at 09:00, so by 10:00 one hour of the first four is used
        sla.created(Policies.ticket(Priority.NORMAL), Policies.officeHours(), CREATED);

        List<SlaEvent> raised = sla.priorityChanged(Priority.HIGH, Policies.allHours(), at(Duration.ofHours(2)));

        assertThat(raised).extracting(SlaEvent::data).contains(new SlaStarted("t-1", SlaMetric.FIRST_REPLY,
                "all-hours", CREATED, at(Duration.ofHours(5))));
    }

    @Test
    void shouldKeepThePausedTimeWhenAPolicyIsReappliedToAPausedClock() {
        sla.created(Policies.ticket(Priority.NORMAL), Policies.standard(), CREATED);
        sla.statusChanged(TicketStatus.PENDING, at(Duration.ofMinutes(30)));

        assertThat(sla.priorityChanged(Priority.URGENT, Policies.urgent(), at(Duration.ofHours(5)))).isEmpty();
        List<SlaEvent> resumed = sla.statusChanged(TicketStatus.OPEN, at(Duration.ofHours(6)));

        // 30 of urgent's 60 minutes were used before the pause; the 5.5 paused hours do not count
        assertThat(resumed).extracting(SlaEvent::data).contains(new SlaResumed("t-1", SlaMetric.FIRST_REPLY,
                at(Duration.ofHours(6)), at(Duration.ofHours(6)).plus(Duration.ofMinutes(30))));
    }
}
