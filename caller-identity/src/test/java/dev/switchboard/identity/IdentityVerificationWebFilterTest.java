package dev.switchboard.identity;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityVerificationWebFilterTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final IdentityTokenSigner signer = new IdentityTokenSigner(IdentityTokenVerifierTest.SECRET);
    private final WebTestClient client = WebTestClient
            .bindToRouterFunction(RouterFunctions.route()
                    .GET("/api/v1/whoami", request -> ServerResponse.ok().bodyValue(Map.of(
                            "role", String.valueOf(request.headers().firstHeader("X-Switchboard-Role")),
                            "agent", String.valueOf(request.headers().firstHeader("X-Switchboard-Agent-Id")),
                            "platform", String.valueOf(request.headers().firstHeader("X-Switchboard-Platform")))))
                    .GET("/actuator/health", request -> ServerResponse.ok().bodyValue("UP"))
                    .build())
            .webFilter(new IdentityVerificationWebFilter(new IdentityTokenVerifier(IdentityTokenVerifierTest.SECRET,
                    "ticket-service", Duration.ofSeconds(5)),
                    AccessRules.parse(List.of("GET /api/v1/whoami AGENT,MANAGER", "GET /api/v1/** ADMIN")),
                    Clock.fixed(NOW, ZoneOffset.UTC), meters))
            .build();

    @Test
    void shouldRefuseAnApiRequestThatDidNotComeThroughTheGatewayWithAProblem() {
        client.get().uri("/api/v1/whoami").header("X-Switchboard-Role", "ADMIN").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo(IdentityVerificationWebFilter.PROBLEM_TYPE)
                .jsonPath("$.status").isEqualTo(401);

        assertThat(meters.get("switchboard.identity.rejections").tag("reason", "missing").counter().count())
                .isEqualTo(1);
    }

    @Test
    void shouldReplaceForgedCallerHeadersWithTheSignedOnes() {
        String token = signer.sign(new VerifiedCaller("AGENT", "ada-key", "agent-7", null), "ticket-service", "GET",
                "/api/v1/whoami", NOW, Duration.ofSeconds(30));

        client.get().uri("/api/v1/whoami")
                .header(IdentityTokenVerifier.HEADER, token)
                .header("X-Switchboard-Role", "ADMIN")
                .header("x-switchboard-platform", "forged")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.role").isEqualTo("AGENT")
                .jsonPath("$.agent").isEqualTo("agent-7")
                .jsonPath("$.platform").isEqualTo("null");
    }

    @Test
    void shouldForbidARoleTheServicesOwnRulesDoNotAllow() {
        String token = signer.sign(new VerifiedCaller("PLATFORM", "zd", null, "zendesk"), "ticket-service", "GET",
                "/api/v1/whoami", NOW, Duration.ofSeconds(30));

        client.get().uri("/api/v1/whoami").header(IdentityTokenVerifier.HEADER, token).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo(IdentityVerificationWebFilter.FORBIDDEN_TYPE);
    }

    @Test
    void shouldLeaveActuatorOpenForProbesAndScrapes() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }
}
