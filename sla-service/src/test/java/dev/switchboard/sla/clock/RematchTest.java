package dev.switchboard.sla.clock;

import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaCancelled;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.sla.SlaResumed;
import dev.switchboard.events.sla.SlaStarted;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.sla.calendar.CalendarSpec;
import dev.switchboard.sla.policy.EscalationAction;
import dev.switchboard.sla.policy.EscalationRule;
import dev.switchboard.sla.policy.Policies;
import dev.switchboard.sla.policy.PolicyMatch;
import dev.switchboard.sla.policy.SlaPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A priority or team change re-matches the policy: running and paused clocks take the new target keeping the time
 * they counted and the time they stood paused; a metric the new policy does not target is cancelled; one it newly
 * targets starts at the change; a target already used up breaches at once, once.
 */
class RematchTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T08:00:00Z");
    private static final Set<TicketStatus> WAITING = Set.of(TicketStatus.PENDING, TicketStatus.ON_HOLD);

    /** The VIP team answers within 30 minutes and is measured on agent work time, not on resolution. */
    private static final SlaPolicy VIP = new SlaPolicy("vip", 5,
            new PolicyMatch(Set.of(), Set.of(), Set.of(), Set.of("vip")),
            Map.of(SlaMetric.FIRST_REPLY, Duration.ofMinutes(30), SlaMetric.NEXT_REPLY, Duration.ofHours(1),
                    SlaMetric.AGENT_WORK_TIME, Duration.ofHours(2)),
            CalendarSpec.ALWAYS_OPEN, WAITING, List.of(0.5),
            List.of(new EscalationRule(1, Duration.ZERO, EscalationAction.NOTIFY, null)));

    private final TicketSla sla = new TicketSla("t-1");

    private static Instant at(Duration sinceCreation) {
        return CREATED.plus(sinceCreation);
    }

    private static Instant minutes(long m) {
        return at(Duration.ofMinutes(m));
    }

    private void createStandard() {
        sla.created(Policies.ticket(Priority.NORMAL), Policies.standard(), CREATED);
    }

    private ClockView clock(SlaMetric metric) {
        return sla.clocks().stream().filter(c -> c.metric() == metric).reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void shouldRetargetRunningClocksWithThePolicyOfTheNewTeamKeepingTheirStart() {
        createStandard();

        List<SlaEvent> raised = sla.teamChanged("vip", VIP, minutes(10));

        assertThat(raised).extracting(SlaEvent::id).startsWith("t-1:FIRST_REPLY:0:retargeted:1");
        assertThat(raised.getFirst().data())
                .isEqualTo(new SlaStarted("t-1", SlaMetric.FIRST_REPLY, "vip", CREATED, minutes(30)));
        assertThat(sla.profile()).hasValueSatisfying(p -> assertThat(p.team()).isEqualTo("vip"));
    }

    @Test
    void shouldCancelAClockWhoseMetricTheNewPolicyDoesNotTarget() {
        createStandard();

        List<SlaEvent> raised = sla.teamChanged("vip", VIP, minutes(10));

        assertThat(raised).extracting(SlaEvent::id).contains("t-1:RESOLUTION:0:cancelled");
        assertThat(raised).extracting(SlaEvent::data).contains(
                new SlaCancelled("t-1", SlaMetric.RESOLUTION, "vip", at(Duration.ofDays(3)), minutes(10)));
        assertThat(clock(SlaMetric.RESOLUTION)).extracting(ClockView::state, ClockView::open)
                .containsExactly(ClockState.CANCELLED, false);
        // neither a deadline nor an outcome follows
        assertThat(sla.advance(at(Duration.ofDays(4)))).extracting(SlaEvent::id)
                .noneMatch(id -> id.contains("RESOLUTION"));
        assertThat(sla.statusChanged(TicketStatus.SOLVED, at(Duration.ofDays(4)))).extracting(SlaEvent::id)
                .noneMatch(id -> id.contains("RESOLUTION"));
    }

    @Test
    void shouldStartAMetricOnlyTheNewPolicyTargetsAtTheChange() {
        createStandard();

        List<SlaEvent> raised = sla.teamChanged("vip", VIP, minutes(10));

        assertThat(raised).extracting(SlaEvent::data).contains(new SlaStarted("t-1", SlaMetric.AGENT_WORK_TIME,
                "vip", minutes(10), minutes(130)));
        assertThat(raised).extracting(SlaEvent::id).contains("t-1:AGENT_WORK_TIME:0:started")
                .doesNotContain("t-1:NEXT_REPLY:0:started");
    }

    @Test
    void shouldNotStartFirstReplyForANewTargetAfterTheFirstPublicReply() {
        SlaPolicy resolutionOnly = new SlaPolicy("resolution-only", 100, PolicyMatch.ANY,
                Map.of(SlaMetric.RESOLUTION, Duration.ofDays(1)), CalendarSpec.ALWAYS_OPEN, WAITING, List.of(),
                List.of());
        sla.created(Policies.ticket(Priority.NORMAL), resolutionOnly, CREATED);
        sla.replied(true, minutes(5));

        List<SlaEvent> raised = sla.teamChanged("vip", VIP, minutes(10));

        assertThat(raised).extracting(SlaEvent::id).containsExactly("t-1:RESOLUTION:0:cancelled",
                "t-1:AGENT_WORK_TIME:0:started");
    }

    @Test
    void shouldKeepThePausedTimeOfAPausedClockAcrossATeamChange() {
        createStandard();
        sla.statusChanged(TicketStatus.PENDING, minutes(10));

        List<SlaEvent> changed = sla.teamChanged("vip", VIP, minutes(300));
        List<SlaEvent> resumed = sla.statusChanged(TicketStatus.OPEN, minutes(360));

        // no deadline moves while paused: the new one is given when the clock runs again
        assertThat(changed).extracting(SlaEvent::id).containsExactly("t-1:RESOLUTION:0:cancelled",
                "t-1:AGENT_WORK_TIME:0:started", "t-1:AGENT_WORK_TIME:0:paused:1");
        // 10 of the VIP's 30 minutes were used before the pause; the 350 paused minutes do not count
        assertThat(resumed).extracting(SlaEvent::data).contains(
                new SlaResumed("t-1", SlaMetric.FIRST_REPLY, minutes(360), minutes(380)));
    }

    @Test
    void shouldBreachARunningClockAtOnceAndOnlyOnceWhenTheNewTargetIsUsedUp() {
        createStandard();

        List<SlaEvent> changed = sla.teamChanged("vip", VIP, minutes(45));
        List<SlaEvent> later = sla.advance(minutes(46));
        List<SlaEvent> again = sla.advance(minutes(46));

        assertThat(changed).extracting(SlaEvent::id).containsSubsequence("t-1:FIRST_REPLY:0:retargeted:1",
                "t-1:FIRST_REPLY:0:breached", "t-1:FIRST_REPLY:0:escalated:1");
        assertThat(changed).extracting(SlaEvent::id).doesNotContain("t-1:FIRST_REPLY:0:warning:0.5");
        assertThat(changed).extracting(SlaEvent::data)
                .contains(new SlaBreached("t-1", SlaMetric.FIRST_REPLY, minutes(45), minutes(45)));
        assertThat(later).extracting(SlaEvent::id).noneMatch(id -> id.contains("FIRST_REPLY"));
        assertThat(again).isEmpty();
    }

    @Test
    void shouldBreachAPausedClockAtOnceWhenItAlreadyCountedMoreThanTheNewTarget() {
        createStandard();
        sla.statusChanged(TicketStatus.PENDING, minutes(40));

        List<SlaEvent> changed = sla.teamChanged("vip", VIP, minutes(100));
        List<SlaEvent> resumed = sla.statusChanged(TicketStatus.OPEN, minutes(120));

        assertThat(changed).extracting(SlaEvent::data)
                .contains(new SlaBreached("t-1", SlaMetric.FIRST_REPLY, minutes(100), minutes(100)));
        assertThat(clock(SlaMetric.FIRST_REPLY).state()).isEqualTo(ClockState.BREACHED);
        assertThat(resumed).extracting(SlaEvent::id).noneMatch(id -> id.startsWith("t-1:FIRST_REPLY"));
    }

    @Test
    void shouldWarnAtOnceForAThresholdTheNewTargetPutsInThePast() {
        createStandard();

        List<SlaEvent> changed = sla.teamChanged("vip", VIP, minutes(20));

        assertThat(changed).extracting(SlaEvent::id).contains("t-1:FIRST_REPLY:0:warning:0.5")
                .doesNotContain("t-1:FIRST_REPLY:0:breached");
    }

    @Test
    void shouldStopEscalatingABreachedClockWhoseMetricTheNewPolicyDropsAndKeepItBreached() {
        sla.created(Policies.ticket(Priority.URGENT), Policies.urgent(), CREATED);
        sla.advance(at(Duration.ofDays(1)));
        assertThat(sla.escalations()).extracting(Escalation::metric, Escalation::open)
                .contains(tuple(SlaMetric.RESOLUTION, true));

        List<SlaEvent> changed = sla.teamChanged("vip", VIP, at(Duration.ofDays(1).plusMinutes(10)));

        assertThat(changed).extracting(SlaEvent::id).noneMatch(id -> id.startsWith("t-1:RESOLUTION"));
        assertThat(clock(SlaMetric.RESOLUTION)).extracting(ClockView::state, ClockView::open)
                .containsExactly(ClockState.BREACHED, false);
        assertThat(sla.escalations()).filteredOn(e -> e.metric() == SlaMetric.RESOLUTION)
                .extracting(Escalation::open).containsOnly(false);
        assertThat(sla.advance(at(Duration.ofDays(2)))).extracting(SlaEvent::id)
                .noneMatch(id -> id.startsWith("t-1:RESOLUTION"));
    }

    @Test
    void shouldResumeAtTheChangeWhenTheNewPolicyDoesNotPauseInTheCurrentStatus() {
        createStandard();
        sla.statusChanged(TicketStatus.ON_HOLD, minutes(10));
        SlaPolicy neverPauses = new SlaPolicy("never-pauses", 5, PolicyMatch.ANY, Policies.standard().targets(),
                CalendarSpec.ALWAYS_OPEN, Set.of(), List.of(), List.of());

        List<SlaEvent> changed = sla.teamChanged("ops", neverPauses, minutes(70));

        // 10 of 8 hours used: 7h50m remain from the change
        assertThat(changed).extracting(SlaEvent::data).contains(new SlaResumed("t-1", SlaMetric.FIRST_REPLY,
                minutes(70), minutes(70 + 470)));
    }

    @Test
    void shouldChangeNothingButTheProfileWhenTheSamePolicyStillMatches() {
        createStandard();

        assertThat(sla.teamChanged("support", Policies.standard(), minutes(10))).isEmpty();
        assertThat(sla.priorityChanged(Priority.LOW, Policies.standard(), minutes(20))).isEmpty();
        assertThat(sla.profile()).hasValueSatisfying(p -> {
            assertThat(p.team()).isEqualTo("support");
            assertThat(p.priority()).isEqualTo(Priority.LOW);
        });
    }

    @Test
    void shouldKeepTheClocksWhenNoPolicyMatchesTheChangedTicket() {
        createStandard();

        assertThat(sla.teamChanged(null, null, minutes(10))).isEmpty();
        assertThat(clock(SlaMetric.FIRST_REPLY)).extracting(ClockView::state, ClockView::dueAt)
                .containsExactly(ClockState.RUNNING, at(Duration.ofHours(8)));
    }

    @Test
    void shouldRetargetOnAPriorityChangeAsOnATeamChange() {
        createStandard();
        sla.statusChanged(TicketStatus.PENDING, minutes(10));
        sla.statusChanged(TicketStatus.OPEN, minutes(70));

        List<SlaEvent> raised = sla.priorityChanged(Priority.URGENT, Policies.urgent(), minutes(80));

        // 20 counted minutes of urgent's 60, the paused hour does not count
        assertThat(raised).extracting(SlaEvent::data).contains(new SlaStarted("t-1", SlaMetric.FIRST_REPLY,
                "urgent", CREATED, minutes(120)));
    }

    @Test
    void shouldRestoreACancelledClockFromItsSnapshot() {
        createStandard();
        sla.teamChanged("vip", VIP, minutes(10));

        TicketSla restored = TicketSla.restore(sla.snapshot());

        assertThat(restored.snapshot()).isEqualTo(sla.snapshot());
        assertThat(restored.clocks()).filteredOn(c -> c.metric() == SlaMetric.RESOLUTION)
                .extracting(ClockView::state).containsExactly(ClockState.CANCELLED);
    }
}
