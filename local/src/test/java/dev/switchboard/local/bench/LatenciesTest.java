package dev.switchboard.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.switchboard.local.tap.ObservedEvent;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void shouldMeasureCreatedToAssignedFromRecordTimestampsOfTheChosenTicketsOnly() {
        List<ObservedEvent> events = List.of(
                event("tickets.events", "t-1", "switchboard.ticket.created.v1", 1_000, Map.of()),
                event("tickets.events", "t-2", "switchboard.ticket.created.v1", 1_100, Map.of()),
                event("routing.events", "t-1", "switchboard.routing.assigned.v1", 1_012, Map.of("agentId", "a")),
                event("routing.events", "t-2", "switchboard.routing.assigned.v1", 1_400, Map.of("agentId", "a")),
                event("routing.events", "t-1", "switchboard.routing.assigned.v1", 9_000, Map.of("agentId", "b")));

        assertThat(Latencies.createdToAssignedMs(events, Set.of("t-1"))).containsExactly(12L);
        assertThat(Latencies.createdToAssignedMs(events, Set.of("t-1", "t-2"))).containsExactlyInAnyOrder(12L, 300L);
    }

    @Test
    void shouldMeasureBreachLatenessAgainstDueAtCountingARedeliveredBreachOnce() {
        List<ObservedEvent> events = List.of(
                breach("t-1:FIRST_REPLY:1:breached", 10_080, "1970-01-01T00:00:10Z"),
                breach("t-1:FIRST_REPLY:1:breached", 10_500, "1970-01-01T00:00:10Z"),
                breach("t-2:FIRST_REPLY:1:breached", 10_020, "1970-01-01T00:00:10Z"));

        assertThat(Latencies.breachLatenessMs(events, Set.of("t-1", "t-2"))).containsExactlyInAnyOrder(80L, 20L);
    }

    private static ObservedEvent breach(String id, long at, String dueAt) {
        String ticket = id.substring(0, id.indexOf(':'));
        return new ObservedEvent("sla.events", 0, at, ticket, id, "switchboard.sla.breached.v1", at,
                Map.of("ticketId", ticket, "metric", "FIRST_REPLY", "dueAt", dueAt), true, 100);
    }

    private static ObservedEvent event(String topic, String ticket, String type, long at, Map<String, String> fields) {
        Map<String, String> data = new java.util.HashMap<>(fields);
        data.put("ticketId", ticket);
        return new ObservedEvent(topic, 0, at, ticket, ticket + ":" + type + ":" + at, type, at, data, true, 100);
    }
}
