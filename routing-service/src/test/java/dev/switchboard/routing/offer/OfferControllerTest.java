package dev.switchboard.routing.offer;

import dev.switchboard.routing.problem.Problems;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import java.time.Instant;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@WebFluxTest(OfferController.class)
class OfferControllerTest {

    @Autowired
    private WebTestClient client;

    @MockitoBean
    private OfferCommands commands;

    @Test
    void shouldAnswer202WithTheRecordedAnswerOfTheCallingAgent() {
        when(commands.answer("t-1", "ana", true)).thenReturn(Mono.just(
                new OfferAnswerView("t-1", "ana", "ACCEPTED", Instant.parse("2026-11-23T08:00:00Z"))));

        client.post().uri("/api/v1/tickets/t-1/assignment/accept").header("X-Switchboard-Agent-Id", "ana")
                .exchange()
                .expectStatus().isAccepted()
                .expectBody()
                .jsonPath("$.answer").isEqualTo("ACCEPTED")
                .jsonPath("$.agentId").isEqualTo("ana");
    }

    @Test
    void shouldAnswerConflictProblemWhileOffersAreSwitchedOffForTheTeam() {
        when(commands.answer("t-1", "ana", false)).thenReturn(Mono.error(
                Problems.conflict(OfferCommands.OFFERS_DISABLED, "Offers are switched off for this agent's team.")));

        client.post().uri("/api/v1/tickets/t-1/assignment/decline").header("X-Switchboard-Agent-Id", "ana")
                .exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/offers-disabled");
    }

    @Test
    void shouldRefuseACallerWithoutAgentIdAndPublishNothing() {
        client.post().uri("/api/v1/tickets/t-1/assignment/accept")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        verify(commands, never()).answer(anyString(), anyString(), anyBoolean());
    }
}
