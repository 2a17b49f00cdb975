package dev.switchboard.ticket.view;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.sla.SlaAchieved;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaCancelled;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.sla.SlaPaused;
import dev.switchboard.events.sla.SlaStarted;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.ticket.TestTickets;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TicketProjectionTest {

    private static final Instant T0 = TestTickets.CREATED_AT;
    private static final Instant DUE = Instant.parse("2026-11-23T09:00:00Z");

    private final TicketProjection projection = new TicketProjection();

    @Test
    void shouldShowNewTicketAfterCreated() {
        TicketView view = applyAll(created());

        assertThat(view.known()).isTrue();
        assertThat(view.status()).isEqualTo(TicketStatus.NEW);
        assertThat(view.subject()).isEqualTo("Refund");
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.createdAt()).isEqualTo(T0);
    }

    @Test
    void shouldEndOpenWithAssigneeWhateverOrderCreatedAndAssignedArrive() {
        TicketView createdFirst = applyAll(created(), assigned("a-1"));
        TicketView assignedFirst = applyAll(assigned("a-1"), created());

        for (TicketView view : List.of(createdFirst, assignedFirst)) {
            assertThat(view.status()).isEqualTo(TicketStatus.OPEN);
            assertThat(view.assignee()).isEqualTo("a-1");
        }
    }

    @Test
    void shouldBuildSameViewForAnyOrderOfTopicsInterleaving() {
        // ticket events keep their order (one key, one partition); routing and SLA events interleave freely
        List<AppliedEvent> ticketTopic = List.of(created());
        List<AppliedEvent> others = List.of(assigned("a-1"), sla("s1", new SlaStarted("t-1", SlaMetric.FIRST_REPLY,
                "default", T0, DUE)), sla("s2", new SlaEscalated("t-1", 1, "late", SlaMetric.FIRST_REPLY, "NOTIFY",
                null, DUE)));
        TicketView reference = applyAll(concat(ticketTopic, others));

        List<AppliedEvent> reversed = new ArrayList<>(others);
        Collections.reverse(reversed);
        TicketView other = applyAll(concat(reversed.subList(0, 1), concat(ticketTopic, reversed.subList(1, 3))));

        assertThat(comparable(other)).isEqualTo(comparable(reference));
    }

    @Test
    void shouldIgnoreEventAlreadyApplied() {
        TicketView once = applyAll(created(), assigned("a-1"));

        assertThat(projection.apply(once, assigned("a-1"))).isEmpty();
        assertThat(projection.apply(once, created())).isEmpty();
    }

    @Test
    void shouldIgnoreEventsTheViewDoesNotShow() {
        var presence = new AppliedEvent("p-1", T0, new AgentPresenceChanged("a-1", AgentStatus.AWAY, null, T0));

        assertThat(projection.apply(applyAll(created()), presence)).isEmpty();
    }

    @Test
    void shouldGoBackToNewWhenAssigneeIsUnassigned() {
        TicketView view = applyAll(created(), assigned("a-1"),
                new AppliedEvent("u-1", T0, new TicketUnassigned("t-1", "a-1", "AGENT_OFFLINE", T0)));

        assertThat(view.status()).isEqualTo(TicketStatus.NEW);
        assertThat(view.assignee()).isNull();
    }

    @Test
    void shouldKeepCurrentAssigneeWhenStaleUnassignmentArrives() {
        TicketView view = applyAll(created(), assigned("a-2"),
                new AppliedEvent("u-1", T0, new TicketUnassigned("t-1", "a-1", "AGENT_OFFLINE", T0)));

        assertThat(view.assignee()).isEqualTo("a-2");
        assertThat(view.status()).isEqualTo(TicketStatus.OPEN);
    }

    @Test
    void shouldFollowSlaClockThroughItsStates() {
        TicketView running = applyAll(created(), sla("s1", new SlaStarted("t-1", SlaMetric.FIRST_REPLY, "p", T0, DUE)));
        TicketView paused = projection.apply(running, sla("s2", new SlaPaused("t-1", SlaMetric.FIRST_REPLY, T0, 10)))
                .orElseThrow();
        TicketView breached = projection.apply(paused, sla("s3", new SlaBreached("t-1", SlaMetric.FIRST_REPLY, DUE, DUE)))
                .orElseThrow();

        assertThat(running.sla()).containsExactly(new SlaClock(SlaMetric.FIRST_REPLY, DUE, SlaState.RUNNING));
        assertThat(paused.sla()).containsExactly(new SlaClock(SlaMetric.FIRST_REPLY, DUE, SlaState.PAUSED));
        assertThat(breached.sla()).containsExactly(new SlaClock(SlaMetric.FIRST_REPLY, DUE, SlaState.BREACHED));
    }

    @Test
    void shouldShowACancelledClockAsCancelledWithItsLastDeadline() {
        TicketView view = applyAll(created(),
                sla("s1", new SlaStarted("t-1", SlaMetric.NEXT_REPLY, "vip", T0, DUE)),
                sla("s2", new SlaCancelled("t-1", SlaMetric.NEXT_REPLY, "standard", DUE, T0.plusSeconds(60))));

        assertThat(view.sla()).containsExactly(new SlaClock(SlaMetric.NEXT_REPLY, DUE, SlaState.CANCELLED));
    }

    @Test
    void shouldShowATeamChange() {
        TicketView view = applyAll(created(), sla("tc", new dev.switchboard.events.ticket.TicketTeamChanged("t-1",
                "billing", "tech", T0.plusSeconds(5))));

        assertThat(view.team()).isEqualTo("tech");
    }

    @Test
    void shouldKeepOneClockPerMetric() {
        TicketView view = applyAll(created(),
                sla("s1", new SlaStarted("t-1", SlaMetric.RESOLUTION, "p", T0, DUE)),
                sla("s2", new SlaStarted("t-1", SlaMetric.FIRST_REPLY, "p", T0, DUE)),
                sla("s3", new SlaAchieved("t-1", SlaMetric.FIRST_REPLY, DUE, T0)));

        assertThat(view.sla()).containsExactly(
                new SlaClock(SlaMetric.FIRST_REPLY, DUE, SlaState.ACHIEVED),
                new SlaClock(SlaMetric.RESOLUTION, DUE, SlaState.RUNNING));
    }

    @Test
    void shouldRecordFirstPublicReplySolveAndReopen() {
        Instant internal = T0.plusSeconds(10);
        Instant reply = T0.plusSeconds(60);
        Instant solved = T0.plusSeconds(120);
        TicketView view = applyAll(created(), assigned("a-1"),
                new AppliedEvent("r-1", internal, new TicketReplied("t-1", "a-1", "note", false, internal)),
                new AppliedEvent("r-2", reply, new TicketReplied("t-1", "a-1", "hello", true, reply)),
                new AppliedEvent("st-1", solved, new TicketStatusChanged("t-1", TicketStatus.OPEN, TicketStatus.SOLVED,
                        solved)));

        assertThat(view.firstRepliedAt()).isEqualTo(reply);
        assertThat(view.solvedAt()).isEqualTo(solved);
        assertThat(view.status()).isEqualTo(TicketStatus.SOLVED);

        TicketView reopened = projection.apply(view, new AppliedEvent("ro-1", solved.plusSeconds(5),
                new TicketReopened("t-1", 1, solved.plusSeconds(5)))).orElseThrow();
        assertThat(reopened.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(reopened.reopens()).isEqualTo(1);
        assertThat(reopened.updatedAt()).isEqualTo(solved.plusSeconds(5));
    }

    @Test
    void shouldRaiseEscalationLevelButNeverLowerIt() {
        TicketView view = applyAll(created(),
                sla("e2", new SlaEscalated("t-1", 2, "late", SlaMetric.FIRST_REPLY, "ROUTE_TO_TIER", 2, DUE)),
                sla("e1", new SlaEscalated("t-1", 1, "late", SlaMetric.FIRST_REPLY, "NOTIFY", null, DUE)));

        assertThat(view.escalationLevel()).isEqualTo(2);
    }

    private TicketView applyAll(AppliedEvent... events) {
        return applyAll(List.of(events));
    }

    private TicketView applyAll(List<AppliedEvent> events) {
        TicketView view = null;
        for (AppliedEvent event : events) {
            view = projection.apply(view, event).orElse(view);
        }
        return view;
    }

    /** Everything but the bookkeeping that legitimately depends on arrival order. */
    private static TicketView comparable(TicketView v) {
        return new TicketView(v.id(), v.externalId(), v.platform(), v.channel(), v.subject(), v.description(),
                v.priority(), v.status(), v.customer(), v.team(), v.skills(), v.tags(), v.assignee(), v.createdAt(),
                v.updatedAt(), v.firstRepliedAt(), v.solvedAt(), v.reopens(), v.escalationLevel(), v.sla(), v.version(),
                v.appliedEventIds().stream().sorted().toList());
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static AppliedEvent created() {
        return new AppliedEvent("t-1:created", T0, TestTickets.created("t-1"));
    }

    private static AppliedEvent assigned(String agent) {
        return new AppliedEvent("as-" + agent, T0, new TicketAssigned("t-1", agent, "billing", 5, "LEAST_OCCUPIED", T0));
    }

    private static AppliedEvent sla(String id, Record event) {
        return new AppliedEvent(id, T0, event);
    }
}
