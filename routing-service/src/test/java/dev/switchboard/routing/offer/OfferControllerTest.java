package dev.switchboard.routing.offer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

@WebFluxTest(OfferController.class)
class OfferControllerTest {

    @Autowired
    private WebTestClient client;

    @Test
    void shouldAnswerConflictProblemWhileOffersAreSwitchedOff() {
        client.post().uri("/api/v1/tickets/t-1/assignment/accept").exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/offers-disabled");
    }
}
