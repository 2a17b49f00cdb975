package dev.switchboard.routing.queue;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.routing.assignment.AgentState;
import dev.switchboard.routing.assignment.ExpansionStep;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.assignment.WaitingTicket;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@WebFluxTest(QueueController.class)
class QueueControllerTest {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    @Autowired
    private WebTestClient client;

    @MockitoBean
    private RoutingEngine engine;

    private static WaitingTicket waiting(int position, String id) {
        return new WaitingTicket(position, id, "billing", Priority.HIGH, Priority.HIGH, CustomerTier.VIP,
                Channel.EMAIL, List.of("billing:3"), T0, T0, 42, ExpansionStep.EXACT, null);
    }

    private static AgentState agentOf(String id, String team) {
        return new AgentState(id, id, team, 1, Map.of(), Map.of(Channel.EMAIL, 3), AgentStatus.AVAILABLE, T0,
                Map.of(), List.of(), T0, null, null, null);
    }

    @Test
    void shouldAnswerTheTeamsWaitingTicketsInServingOrder() {
        when(engine.waitingInOrder("billing", 100)).thenReturn(List.of(waiting(1, "t-1"), waiting(2, "t-2")));

        client.get().uri("/api/v1/queues/billing/tickets").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$[0].ticketId").isEqualTo("t-1")
                .jsonPath("$[0].position").isEqualTo(1)
                .jsonPath("$[0].effectivePriority").isEqualTo("HIGH")
                .jsonPath("$[0].waitSeconds").isEqualTo(42)
                .jsonPath("$[1].ticketId").isEqualTo("t-2");
    }

    @Test
    void shouldRefuseALimitOutOfRangeWithAProblemNamingTheParameter() {
        client.get().uri("/api/v1/queues/billing/tickets?limit=5000").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("limit");
        verify(engine, never()).waitingInOrder(anyString(), anyInt());
    }

    @Test
    void shouldLetAnAgentSeeItsOwnTeamsQueue() {
        when(engine.agent("ana")).thenReturn(Optional.of(agentOf("ana", "billing")));
        when(engine.waitingInOrder("billing", 100)).thenReturn(List.of(waiting(1, "t-1")));

        client.get().uri("/api/v1/queues/billing/tickets")
                .header("X-Switchboard-Role", "AGENT").header("X-Switchboard-Agent-Id", "ana")
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void shouldRefuseAnAgentAnotherTeamsQueue() {
        when(engine.agent("ana")).thenReturn(Optional.of(agentOf("ana", "sales")));

        client.get().uri("/api/v1/queues/billing/tickets")
                .header("X-Switchboard-Role", "AGENT").header("X-Switchboard-Agent-Id", "ana")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        verify(engine, never()).waitingInOrder(anyString(), anyInt());
    }
}
