package dev.switchboard.local.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.switchboard.local.tap.ObservedEvent;
import org.junit.jupiter.api.Test;

class TopicAuditTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Map<String, Map<String, Integer>> CAPACITY = Map.of(
            "ada", Map.of("EMAIL", 1), "ben", Map.of("EMAIL", 5));

    private final List<ObservedEvent> events = new ArrayList<>();
    private long clock = NOW.minusSeconds(600).toEpochMilli();

    @Test
    void shouldFindNothingWhenEveryAcceptedTicketWasPublishedViewedAssignedOnceAndFiredOnce() {
        created("t-1");
        assigned("t-1", "ada", 1);
        started("t-1", "FIRST_REPLY", NOW.minusSeconds(300));
        breached("t-1", "FIRST_REPLY", NOW.minusSeconds(300));
        solved("t-1");
        created("t-2");
        assigned("t-2", "ada", 1);

        AuditReport report = new TopicAudit(events).audit(Set.of("t-1", "t-2"), Set.of("t-1", "t-2"), CAPACITY, 2, NOW);

        assertThat(report.problems()).isEmpty();
        assertThat(report.clean()).isTrue();
    }

    @Test
    void shouldCountAnAcceptedTicketMissingFromTheTopicOrTheViewAsLost() {
        created("t-1");
        created("t-2");

        AuditReport report = new TopicAudit(events).audit(Set.of("t-1", "t-2", "t-3"), Set.of("t-1"), CAPACITY, 2, NOW);

        assertThat(report.lost()).isEqualTo(2);
        assertThat(report.clean()).isFalse();
    }

    @Test
    void shouldCountASecondAgentTakingAHeldTicketButNotARedeliveryOrAHandOver() {
        created("t-1");
        assigned("t-1", "ada", 1);
        events.add(events.getLast());
        unassigned("t-1", "ada", 1);
        assigned("t-1", "ben", 2);
        assigned("t-1", "ada", 3);

        AuditReport report = new TopicAudit(events).audit(Set.of("t-1"), Set.of("t-1"), CAPACITY, 1, NOW);

        assertThat(report.duplicateAssignments()).isEqualTo(1);
    }

    @Test
    void shouldCountAnAgentHoldingMoreTicketsOfAChannelThanItsCapacity() {
        created("t-1");
        created("t-2");
        assigned("t-1", "ada", 1);
        assigned("t-2", "ada", 1);

        AuditReport report = new TopicAudit(events).audit(Set.of("t-1", "t-2"), Set.of("t-1", "t-2"), CAPACITY, 2, NOW);

        assertThat(report.overCapacity()).isEqualTo(1);
    }

    @Test
    void shouldCountADeadlineThatNeverFiredAndOneThatFiredTwice() {
        created("t-1");
        started("t-1", "FIRST_REPLY", NOW.minusSeconds(120));
        started("t-1", "RESOLUTION", NOW.minusSeconds(120));
        breached("t-1", "RESOLUTION", NOW.minusSeconds(120));
        events.add(breachEvent("t-1", "RESOLUTION", NOW.minusSeconds(120), "t-1:RESOLUTION:1:breached:again"));
        started("t-1", "NEXT_REPLY", NOW.minusSeconds(5));

        AuditReport report = new TopicAudit(events).audit(Set.of("t-1"), Set.of("t-1"), CAPACITY, 1, NOW);

        assertThat(report.missedDeadlines()).isEqualTo(1);
        assertThat(report.duplicateFires()).isEqualTo(1);
    }

    @Test
    void shouldCompareAnalyticsWithTheTopicIgnoringPoisonRecords() {
        created("t-1");
        events.add(new ObservedEvent("tickets.events", 0, 99, "poison-1", "poison-1", "switchboard.ticket.created.v1",
                clock, Map.of("unexpected", "true"), true, 20));
        events.add(new ObservedEvent("tickets.events", 0, 100, "poison-2", "poison-2", "switchboard.ticket.created.v1",
                clock, Map.of(), false, 20));

        AuditReport matching = new TopicAudit(events).audit(Set.of("t-1"), Set.of("t-1"), CAPACITY, 1, NOW);
        AuditReport behind = new TopicAudit(events).audit(Set.of("t-1"), Set.of("t-1"), CAPACITY, 0, NOW);

        assertThat(matching.truthCreated()).isEqualTo(1);
        assertThat(matching.analyticsMatches()).isTrue();
        assertThat(behind.analyticsMatches()).isFalse();
    }

    private void created(String ticket) {
        add("tickets.events", ticket, ticket + ":created", TopicAudit.CREATED, Map.of("channel", "EMAIL"));
    }

    private void solved(String ticket) {
        add("tickets.events", ticket, ticket + ":solved", TopicAudit.STATUS_CHANGED, Map.of("from", "OPEN", "to", "SOLVED"));
    }

    private void assigned(String ticket, String agent, int n) {
        add("routing.events", ticket, ticket + ":assigned:" + n, TopicAudit.ASSIGNED, Map.of("agentId", agent));
    }

    private void unassigned(String ticket, String agent, int n) {
        add("routing.events", ticket, ticket + ":unassigned:" + n, TopicAudit.UNASSIGNED, Map.of("agentId", agent));
    }

    private void started(String ticket, String metric, Instant due) {
        add("sla.events", ticket, ticket + ":" + metric + ":1:started", TopicAudit.SLA_STARTED,
                Map.of("metric", metric, "dueAt", due.toString()));
    }

    private void breached(String ticket, String metric, Instant due) {
        events.add(breachEvent(ticket, metric, due, ticket + ":" + metric + ":1:breached"));
    }

    private ObservedEvent breachEvent(String ticket, String metric, Instant due, String id) {
        return event("sla.events", ticket, id, TopicAudit.SLA_BREACHED, Map.of("metric", metric, "dueAt", due.toString()));
    }

    private void add(String topic, String ticket, String id, String type, Map<String, String> fields) {
        events.add(event(topic, ticket, id, type, fields));
    }

    private ObservedEvent event(String topic, String ticket, String id, String type, Map<String, String> fields) {
        Map<String, String> data = new HashMap<>(fields);
        data.put("ticketId", ticket);
        clock += 10;
        return new ObservedEvent(topic, 0, clock, ticket, id, type, clock, data, true, 200);
    }
}
