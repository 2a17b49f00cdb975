package dev.switchboard.gateway.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketHoldersTest {

    private final TicketHolders holders = new TicketHolders(100);

    @Test
    void shouldGiveAnAssignedTicketsEventsToItsAgent() {
        // given
        holders.audienceOf(routing("routing.assigned", "t-1", "agent-7"));

        // when / then
        assertThat(holders.audienceOf(event("tickets.events", "ticket.status-changed", "t-1"))).containsExactly("agent-7");
        assertThat(holders.audienceOf(event("sla.events", "sla.warning", "t-1"))).containsExactly("agent-7");
        assertThat(holders.audienceOf(event("sla.events", "sla.warning", "t-2"))).isEmpty();
    }

    @Test
    void shouldTellTheAgentItLostATicketAndThenStopShowingItsEvents() {
        // given
        holders.audienceOf(routing("routing.assigned", "t-1", "agent-7"));

        // when
        var unassigned = holders.audienceOf(routing("routing.unassigned", "t-1", "agent-7"));

        // then
        assertThat(unassigned).containsExactly("agent-7");
        assertThat(holders.audienceOf(event("tickets.events", "ticket.replied", "t-1"))).isEmpty();
    }

    @Test
    void shouldMoveATicketToTheAgentItIsAssignedToNext() {
        holders.audienceOf(routing("routing.assigned", "t-1", "agent-7"));
        holders.audienceOf(routing("routing.assigned", "t-1", "agent-8"));

        assertThat(holders.audienceOf(event("tickets.events", "ticket.replied", "t-1"))).containsExactly("agent-8");
    }

    @Test
    void shouldShowAnOfferToTheAgentItIsOfferedTo() {
        assertThat(holders.audienceOf(routing("routing.offered", "t-1", "agent-7"))).containsExactly("agent-7");
        assertThat(holders.audienceOf(event("sla.events", "sla.started", "t-1"))).containsExactly("agent-7");
    }

    @Test
    void shouldGiveAgentEventsToTheAgentTheyAreKeyedBy() {
        assertThat(holders.audienceOf(event("agents.events", "agent.presence-changed", "agent-7")))
                .containsExactly("agent-7");
    }

    @Test
    void shouldKeepAnalyticsAlertsForManagersEvenWhenTheyNameAnAgent() {
        IncomingEvent surge = new IncomingEvent("analytics.alerts", "analytics.surge-detected", "billing",
                Optional.of("agent-7"), "{}");

        assertThat(holders.audienceOf(surge)).isEmpty();
    }

    @Test
    void shouldForgetTheLeastRecentlyUsedTicketsBeyondItsCapacity() {
        TicketHolders small = new TicketHolders(2);
        small.audienceOf(routing("routing.assigned", "t-1", "agent-1"));
        small.audienceOf(routing("routing.assigned", "t-2", "agent-2"));
        small.audienceOf(routing("routing.assigned", "t-3", "agent-3"));

        assertThat(small.holder("t-1")).isEmpty();
        assertThat(small.holder("t-3")).contains("agent-3");
    }

    private static IncomingEvent routing(String type, String ticketId, String agentId) {
        return new IncomingEvent("routing.events", type, ticketId, Optional.of(agentId), "{}");
    }

    private static IncomingEvent event(String topic, String type, String subject) {
        return new IncomingEvent(topic, type, subject, Optional.empty(), "{}");
    }
}
