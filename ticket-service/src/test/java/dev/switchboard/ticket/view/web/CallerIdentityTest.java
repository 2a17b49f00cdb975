package dev.switchboard.ticket.view.web;

import dev.switchboard.identity.IdentityAutoConfiguration;
import dev.switchboard.identity.IdentityTokenSigner;
import dev.switchboard.identity.IdentityTokenVerifier;
import dev.switchboard.identity.VerifiedCaller;
import dev.switchboard.ticket.TestTickets;
import dev.switchboard.ticket.TicketServiceProperties;
import dev.switchboard.ticket.view.TicketView;
import dev.switchboard.ticket.view.application.TicketViewRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;

import static org.mockito.Mockito.when;

/**
 * Defense in depth: the service itself refuses a request that did not come through the gateway, and an AGENT is
 * who the gateway's signed token says, whatever headers the request carries.
 */
@WebFluxTest(controllers = TicketViewController.class, properties = {"switchboard.identity.enabled=true",
        "switchboard.identity.secret=" + CallerIdentityTest.SECRET, "spring.application.name=ticket-service"})
@ImportAutoConfiguration(IdentityAutoConfiguration.class)
@Import(CallerIdentityTest.Beans.class)
class CallerIdentityTest {

    static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256";

    @TestConfiguration
    @EnableConfigurationProperties(TicketServiceProperties.class)
    static class Beans {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Autowired
    WebTestClient web;
    @MockitoBean
    TicketViewRepository views;

    private final IdentityTokenSigner signer = new IdentityTokenSigner(SECRET);

    @Test
    void shouldRefuseAManagerHeaderWithoutTheGatewaysToken() {
        web.get().uri("/api/v1/tickets/t-1").header("X-Switchboard-Role", "MANAGER").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldRefuseATokenIssuedForAnotherService() {
        String token = token(new VerifiedCaller("MANAGER", "m", null, null), "routing-service", "/api/v1/tickets/t-1");

        web.get().uri("/api/v1/tickets/t-1").header(IdentityTokenVerifier.HEADER, token).exchange()
                .expectStatus().isUnauthorized();
    }

    @Test
    void shouldShowAnAgentOnlyItsOwnTicketEvenWhenItClaimsToBeAManagerInHeaders() {
        when(views.findById("t-1")).thenReturn(Mono.just(assignedTo("agent-1")));
        String token = token(new VerifiedCaller("AGENT", "bob", "agent-2", null), "ticket-service",
                "/api/v1/tickets/t-1");

        web.get().uri("/api/v1/tickets/t-1")
                .header(IdentityTokenVerifier.HEADER, token)
                .header("X-Switchboard-Role", "MANAGER")
                .exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void shouldServeTheCallerTheGatewayVouchedFor() {
        when(views.findById("t-1")).thenReturn(Mono.just(assignedTo("agent-1")));
        String token = token(new VerifiedCaller("MANAGER", "mia", null, null), "ticket-service", "/api/v1/tickets/t-1");

        web.get().uri("/api/v1/tickets/t-1").header(IdentityTokenVerifier.HEADER, token).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.assignee").isEqualTo("agent-1");
    }

    private String token(VerifiedCaller caller, String audience, String path) {
        return signer.sign(caller, audience, "GET", path, Instant.now(), Duration.ofSeconds(30));
    }

    private static TicketView assignedTo(String agentId) {
        TicketView open = TestTickets.viewIn(dev.switchboard.events.ticket.TicketStatus.OPEN);
        return new TicketView(open.id(), open.externalId(), open.platform(), open.channel(), open.subject(),
                open.description(), open.priority(), open.status(), open.customer(), open.team(), open.skills(),
                open.tags(), agentId, open.createdAt(), open.updatedAt(), open.firstRepliedAt(), open.solvedAt(),
                open.reopens(), open.escalationLevel(), open.sla(), open.version(), open.appliedEventIds());
    }
}
