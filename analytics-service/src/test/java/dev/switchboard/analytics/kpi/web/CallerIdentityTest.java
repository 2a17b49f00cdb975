package dev.switchboard.analytics.kpi.web;

import dev.switchboard.identity.IdentityAutoConfiguration;
import dev.switchboard.identity.IdentityTokenSigner;
import dev.switchboard.identity.IdentityTokenVerifier;
import dev.switchboard.identity.VerifiedCaller;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;
import java.time.Instant;

/**
 * Defense in depth: analytics-service itself refuses a request that did not come through the gateway, and an AGENT
 * the gateway vouched for may not read the KPIs, whatever headers it sends.
 */
@WebFluxTest(controllers = SummaryController.class, properties = {"switchboard.identity.enabled=true",
        "switchboard.identity.secret=" + CallerIdentityTest.SECRET, "spring.application.name=analytics-service"})
@ImportAutoConfiguration(IdentityAutoConfiguration.class)
@Import({WindowResolver.class, AnalyticsEndpointsWebTest.Fixed.class})
class CallerIdentityTest {

    static final String SECRET = "a-test-secret-that-is-long-enough-for-hs256";
    private static final String SUMMARY = "/api/v1/analytics/summary";

    @Autowired
    WebTestClient client;

    private final IdentityTokenSigner signer = new IdentityTokenSigner(SECRET);

    @Test
    void shouldRefuseAManagerHeaderWithoutTheGatewaysToken() {
        client.get().uri(SUMMARY).header("X-Switchboard-Role", "MANAGER").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldForbidAnAgentEvenWhenItsHeadersSayManager() {
        client.get().uri(SUMMARY).header(IdentityTokenVerifier.HEADER, token("AGENT", "agent-1"))
                .header("X-Switchboard-Role", "MANAGER")
                .exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void shouldServeAManagerTheGatewayVouchedFor() {
        client.get().uri(SUMMARY).header(IdentityTokenVerifier.HEADER, token("MANAGER", null)).exchange()
                .expectStatus().isOk();
    }

    private String token(String role, String agentId) {
        return signer.sign(new VerifiedCaller(role, "someone", agentId, null), "analytics-service", "GET", SUMMARY,
                Instant.now(), Duration.ofSeconds(30));
    }
}
