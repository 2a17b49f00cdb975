package dev.switchboard.sla.clock;

import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * REQUESTER_WAIT counts NEW, OPEN and ON_HOLD (the customer waits on us; only PENDING waits on the customer);
 * AGENT_WORK_TIME counts NEW and OPEN. Both start at creation, stop at SOLVED or CLOSED, start a new cycle on a
 * reopen, and ignore the policy's pauseOn: the policy here pauses on ON_HOLD only, which RESOLUTION follows.
 */
class StatusDrivenMetricsTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T08:00:00Z");

    private static final SlaPolicy POLICY = new SlaPolicy("zendesk-like", 10, PolicyMatch.ANY,
            Map.of(SlaMetric.REQUESTER_WAIT, Duration.ofHours(10), SlaMetric.AGENT_WORK_TIME, Duration.ofHours(4),
                    SlaMetric.RESOLUTION, Duration.ofHours(24)),
            CalendarSpec.ALWAYS_OPEN, Set.of(TicketStatus.ON_HOLD), List.of(0.5),
            List.of(new EscalationRule(1, Duration.ZERO, EscalationAction.NOTIFY, null)));

    private final TicketSla sla = new TicketSla("t-1");

    private static Instant hours(double h) {
        return CREATED.plus(Duration.ofMinutes(Math.round(h * 60)));
    }

    /**
     * {@code path}: status changes after creation (NEW at hour 0), as {@code STATUS@hour}; the clock of
     * {@code metric} then is in {@code state}, due at {@code dueHour} (hours after creation) when it runs.
     */
    @ParameterizedTest(name = "{0} after {1}: {2} due at {3}h")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            REQUESTER_WAIT  | -                                    | RUNNING  | 10
            REQUESTER_WAIT  | OPEN@1                               | RUNNING  | 10
            REQUESTER_WAIT  | PENDING@1                            | PAUSED   | -
            REQUESTER_WAIT  | PENDING@1 OPEN@3                     | RUNNING  | 12
            REQUESTER_WAIT  | ON_HOLD@1                            | RUNNING  | 10
            REQUESTER_WAIT  | ON_HOLD@1 OPEN@3                     | RUNNING  | 10
            REQUESTER_WAIT  | OPEN@1 PENDING@2 ON_HOLD@3 OPEN@5    | RUNNING  | 11
            REQUESTER_WAIT  | OPEN@1 PENDING@2 NEW@4.5             | RUNNING  | 12.5
            REQUESTER_WAIT  | OPEN@1 SOLVED@2                      | ACHIEVED | -
            REQUESTER_WAIT  | OPEN@1 CLOSED@2                      | ACHIEVED | -
            REQUESTER_WAIT  | OPEN@1 SOLVED@11                     | BREACHED | -
            REQUESTER_WAIT  | PENDING@1 SOLVED@11                  | ACHIEVED | -
            AGENT_WORK_TIME | -                                    | RUNNING  | 4
            AGENT_WORK_TIME | OPEN@1                               | RUNNING  | 4
            AGENT_WORK_TIME | PENDING@1                            | PAUSED   | -
            AGENT_WORK_TIME | PENDING@1 OPEN@3                     | RUNNING  | 6
            AGENT_WORK_TIME | ON_HOLD@1                            | PAUSED   | -
            AGENT_WORK_TIME | ON_HOLD@1 OPEN@3                     | RUNNING  | 6
            AGENT_WORK_TIME | OPEN@1 PENDING@2 ON_HOLD@3 OPEN@5    | RUNNING  | 7
            AGENT_WORK_TIME | OPEN@1 PENDING@2 NEW@4.5             | RUNNING  | 6.5
            AGENT_WORK_TIME | OPEN@1 SOLVED@3                      | ACHIEVED | -
            AGENT_WORK_TIME | OPEN@1 SOLVED@5                      | BREACHED | -
            AGENT_WORK_TIME | ON_HOLD@1 SOLVED@6                   | ACHIEVED | -
            RESOLUTION      | PENDING@1 OPEN@3                     | RUNNING  | 24
            RESOLUTION      | ON_HOLD@1 OPEN@3                     | RUNNING  | 26
            """)
    void shouldCountOnlyTheStatusesItsDefinitionCounts(SlaMetric metric, String path, ClockState state,
                                                        Double dueHour) {
        sla.created(Policies.ticket(Priority.NORMAL), POLICY, CREATED);
        if (path != null) {
            for (String step : path.trim().split("\\s+")) {
                String[] statusAt = step.split("@");
                sla.statusChanged(TicketStatus.valueOf(statusAt[0]), hours(Double.parseDouble(statusAt[1])));
            }
        }

        ClockView clock = sla.clocks().stream().filter(c -> c.metric() == metric).findFirst().orElseThrow();
        assertThat(clock.state()).isEqualTo(state);
        if (dueHour != null) {
            assertThat(clock.dueAt()).isEqualTo(hours(dueHour));
        }
    }

    @Test
    void shouldStartBothAtCreationBesideResolution() {
        List<SlaEvent> raised = sla.created(Policies.ticket(Priority.NORMAL), POLICY, CREATED);

        assertThat(raised).extracting(SlaEvent::data).containsExactly(
                new SlaStarted("t-1", SlaMetric.RESOLUTION, "zendesk-like", CREATED, hours(24)),
                new SlaStarted("t-1", SlaMetric.REQUESTER_WAIT, "zendesk-like", CREATED, hours(10)),
                new SlaStarted("t-1", SlaMetric.AGENT_WORK_TIME, "zendesk-like", CREATED, hours(4)));
    }

    @Test
    void shouldStartANewCycleOfBothWhenReopened() {
        sla.created(Policies.ticket(Priority.NORMAL), POLICY, CREATED);
        sla.statusChanged(TicketStatus.SOLVED, hours(2));

        List<SlaEvent> reopened = sla.reopened(hours(30));

        assertThat(reopened).extracting(SlaEvent::id).containsExactly("t-1:RESOLUTION:1:started",
                "t-1:REQUESTER_WAIT:1:started", "t-1:AGENT_WORK_TIME:1:started");
        assertThat(reopened.get(2).data()).isEqualTo(new SlaStarted("t-1", SlaMetric.AGENT_WORK_TIME,
                "zendesk-like", hours(30), hours(34)));
    }

    @Test
    void shouldWarnBreachAndEscalateOnAgentWorkTimeLikeAnyOtherMetric() {
        sla.created(Policies.ticket(Priority.NORMAL), POLICY, CREATED);
        sla.statusChanged(TicketStatus.OPEN, hours(1));

        assertThat(sla.nextDeadline()).contains(hours(2));
        List<SlaEvent> raised = sla.advance(hours(4));

        assertThat(raised).extracting(SlaEvent::id).containsExactly("t-1:AGENT_WORK_TIME:0:warning:0.5",
                "t-1:AGENT_WORK_TIME:0:breached", "t-1:AGENT_WORK_TIME:0:escalated:1");
        assertThat(raised).extracting(SlaEvent::data).contains(
                new SlaBreached("t-1", SlaMetric.AGENT_WORK_TIME, hours(4), hours(4)),
                new SlaEscalated("t-1", 1, "AGENT_WORK_TIME breached", SlaMetric.AGENT_WORK_TIME, "NOTIFY", null,
                        hours(4)));
    }

    @Test
    void shouldNeitherWarnNorBreachAgentWorkTimeWhileOnHoldButKeepRequesterWaitRunning() {
        sla.created(Policies.ticket(Priority.NORMAL), POLICY, CREATED);
        sla.statusChanged(TicketStatus.ON_HOLD, hours(1));

        List<SlaEvent> raised = sla.advance(hours(9));

        assertThat(raised).extracting(SlaEvent::id).containsExactly("t-1:REQUESTER_WAIT:0:warning:0.5");
    }

    @Test
    void shouldCountAgentWorkTimeInBusinessHoursWhenThePolicyHasThem() {
        List<String> day = List.of("09:00-17:00");
        SlaPolicy office = new SlaPolicy("office", 10, PolicyMatch.ANY,
                Map.of(SlaMetric.AGENT_WORK_TIME, Duration.ofHours(10)),
                CalendarSpec.businessHours("UTC", Map.of("MON", day, "TUE", day, "WED", day, "THU", day,
                        "FRI", day), List.of()), Set.of(), List.of(), List.of());

        // Monday 08:00: eight hours on Monday from 09:00, the last two on Tuesday from 09:00
        List<SlaEvent> raised = sla.created(Policies.ticket(Priority.NORMAL), office, CREATED);

        assertThat(raised).extracting(SlaEvent::data).containsExactly(new SlaStarted("t-1",
                SlaMetric.AGENT_WORK_TIME, "office", CREATED, Instant.parse("2026-11-24T11:00:00Z")));
    }
}
