package dev.switchboard.routing.agent;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.routing.assignment.AgentState;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.problem.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@WebFluxTest(AgentController.class)
class AgentControllerTest {

    private static final String VALID = """
            {"name":"Ana","team":"billing","tier":2,"skills":{"billing":3},"capacity":{"EMAIL":5,"CHAT":3}}""";

    @Autowired
    private WebTestClient client;

    @MockitoBean
    private AgentCommands commands;

    @MockitoBean
    private RoutingEngine engine;

    private WebTestClient.ResponseSpec put(String path, String body) {
        return client.put().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @Test
    void shouldAnswerTheConfiguredAgent() {
        when(commands.configure(eq("ana"), any())).thenReturn(Mono.just(new AgentView("ana", "Ana", "billing", 2,
                Map.of("billing", 3), Map.of(Channel.EMAIL, 5), AgentStatus.OFFLINE, Map.of(Channel.EMAIL, 0),
                List.of(), null)));

        put("/api/v1/agents/ana", VALID)
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.id").isEqualTo("ana")
                .jsonPath("$.status").isEqualTo("OFFLINE");

        verify(commands).configure("ana", new AgentConfiguration("Ana", "billing", 2, Map.of("billing", 3),
                Map.of(Channel.EMAIL, 5, Channel.CHAT, 3)));
    }

    @Test
    void shouldListEveryInvalidFieldAndPublishNothing() {
        String invalid = """
                {"name":"","team":"billing","tier":4,"skills":{"billing":6},"capacity":{"EMAIL":-1}}""";

        put("/api/v1/agents/ana", invalid)
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400)
                .jsonPath("$.title").isEqualTo("Bad Request")
                .jsonPath("$.errors.length()").isEqualTo(4)
                .jsonPath("$.errors[?(@.field == 'name')].message").exists()
                .jsonPath("$.errors[?(@.field == 'tier')].message").exists()
                .jsonPath("$.errors[?(@.field == 'skills[billing]')].message").exists()
                .jsonPath("$.errors[?(@.field == 'capacity[EMAIL]')].message").exists();

        verify(commands, never()).configure(anyString(), any());
    }

    @Test
    void shouldRequireCapacity() {
        put("/api/v1/agents/ana", """
                {"name":"Ana","team":"billing","tier":1}""")
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("capacity");
    }

    @Test
    void shouldAnswerMalformedJsonWith400Problem() {
        put("/api/v1/agents/ana", "{\"name\":")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        verify(commands, never()).configure(anyString(), any());
    }

    @Test
    void shouldAnswerUnknownChannelWith400Problem() {
        put("/api/v1/agents/ana", VALID.replace("CHAT", "FAX"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldAnswerWrongContentTypeWith415Problem() {
        client.put().uri("/api/v1/agents/ana").contentType(MediaType.TEXT_PLAIN).bodyValue(VALID).exchange()
                .expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldAnswerUnknownPresenceStatusWith400Problem() {
        put("/api/v1/agents/ana/presence", "{\"status\":\"SLEEPING\"}")
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        verify(commands, never()).changePresence(anyString(), any());
    }

    @Test
    void shouldForbidAnAgentToSetAnotherAgentsPresence() {
        client.put().uri("/api/v1/agents/ana/presence").contentType(MediaType.APPLICATION_JSON)
                .header("X-Switchboard-Role", "AGENT").header("X-Switchboard-Agent-Id", "ben")
                .bodyValue("{\"status\":\"AVAILABLE\"}").exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        verify(commands, never()).changePresence(anyString(), any());
    }

    @Test
    void shouldLetAnAgentSetItsOwnPresence() {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        when(commands.changePresence("ana", AgentStatus.AVAILABLE))
                .thenReturn(Mono.just(new PresenceView("ana", AgentStatus.AVAILABLE, AgentStatus.OFFLINE, now)));

        client.put().uri("/api/v1/agents/ana/presence").contentType(MediaType.APPLICATION_JSON)
                .header("X-Switchboard-Role", "AGENT").header("X-Switchboard-Agent-Id", "ana")
                .bodyValue("{\"status\":\"AVAILABLE\"}").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("AVAILABLE")
                .jsonPath("$.previous").isEqualTo("OFFLINE")
                .jsonPath("$.changedAt").isEqualTo("2026-11-23T08:00:00Z");
    }

    @Test
    void shouldAnswer404ProblemForPresenceOfAnAgentNeverConfigured() {
        when(commands.changePresence("ghost", AgentStatus.AVAILABLE))
                .thenReturn(Mono.error(Problems.notFound("agent", "Agent ghost was never configured.")));

        put("/api/v1/agents/ghost/presence", "{\"status\":\"AVAILABLE\"}")
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/agent-not-found");
    }

    @Test
    void shouldShowLoadPerChannelNextToCapacity() {
        when(engine.agent("ana")).thenReturn(Optional.of(new AgentState("ana", "Ana", "billing", 1,
                Map.of("billing", 3), Map.of(Channel.EMAIL, 5, Channel.CHAT, 3), AgentStatus.AVAILABLE,
                Instant.parse("2026-11-23T08:00:00Z"), Map.of("t-1", Channel.EMAIL), List.of())));

        client.get().uri("/api/v1/agents/ana").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.load.EMAIL").isEqualTo(1)
                .jsonPath("$.load.CHAT").isEqualTo(0)
                .jsonPath("$.capacity.EMAIL").isEqualTo(5)
                .jsonPath("$.assignedTicketIds[0]").isEqualTo("t-1")
                .jsonPath("$.idleSince").isEqualTo("2026-11-23T08:00:00Z");
    }

    @Test
    void shouldAnswer404ProblemForUnknownAgent() {
        when(engine.agent("ghost")).thenReturn(Optional.empty());

        client.get().uri("/api/v1/agents/ghost").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
