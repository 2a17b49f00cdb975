package dev.switchboard.routing.offer;

import dev.switchboard.identity.IdentityAutoConfiguration;
import dev.switchboard.identity.IdentityTokenSigner;
import dev.switchboard.identity.IdentityTokenVerifier;
import dev.switchboard.identity.VerifiedCaller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;

import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Defense in depth: routing-service itself refuses a request that did not come through the gateway, and an agent
 * answers an offer as the agent the gateway vouched for, whatever agent id its headers claim.
 */
@WebFluxTest(controllers = OfferController.class, properties = {"switchboard.identity.enabled=true",
        "switchboard.identity.secret=" + CallerIdentityTest.SECRET, "spring.application.name=routing-service"})
@ImportAutoConfiguration(IdentityAutoConfiguration.class)
class CallerIdentityTest {

    static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256";
    private static final String ACCEPT = "/api/v1/tickets/t-1/assignment/accept";

    @Autowired
    WebTestClient client;
    @MockitoBean
    OfferCommands commands;

    private final IdentityTokenSigner signer = new IdentityTokenSigner(SECRET);

    @Test
    void shouldRefuseAnAgentHeaderWithoutTheGatewaysToken() {
        client.post().uri(ACCEPT).header("X-Switchboard-Role", "AGENT").header("X-Switchboard-Agent-Id", "ana")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);

        verify(commands, never()).answer(anyString(), anyString(), anyBoolean());
    }

    @Test
    void shouldForbidAManagerToAnswerAnOffer() {
        client.post().uri(ACCEPT).header(IdentityTokenVerifier.HEADER, token(new VerifiedCaller("MANAGER", "m", null,
                        null))).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void shouldAnswerAsTheSignedAgentNotTheOneInTheHeaders() {
        when(commands.answer("t-1", "ana", true)).thenReturn(Mono.just(
                new OfferAnswerView("t-1", "ana", "ACCEPTED", Instant.parse("2026-11-23T08:00:00Z"))));

        client.post().uri(ACCEPT)
                .header(IdentityTokenVerifier.HEADER, token(new VerifiedCaller("AGENT", "ana-key", "ana", null)))
                .header("X-Switchboard-Agent-Id", "bob")
                .exchange()
                .expectStatus().isAccepted()
                .expectBody().jsonPath("$.agentId").isEqualTo("ana");
    }

    private String token(VerifiedCaller caller) {
        return signer.sign(caller, "routing-service", "POST", ACCEPT, Instant.now(), Duration.ofSeconds(30));
    }
}
