package dev.switchboard.gateway.ratelimit.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.caller.Role;
import dev.switchboard.gateway.support.DevKeys;
import dev.switchboard.gateway.support.GatewayClient;
import dev.switchboard.gateway.support.StubService;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "switchboard.gateway.rate-limit.agent.capacity=3",
        // about one token every 17 minutes: nothing refills while the test runs
        "switchboard.gateway.rate-limit.agent.refill-per-second=0.001",
        "switchboard.gateway.cors.allowed-origins=" + RateLimitAndCorsIT.DASHBOARD})
@ActiveProfiles("local")
class RateLimitAndCorsIT {

    static final String DASHBOARD = "https://dashboard.example.com";
    private static final StubService STUB = new StubService("ticket");

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String service : List.of("ticket", "routing", "sla", "analytics")) {
            registry.add("switchboard.gateway.services." + service, STUB::baseUrl);
        }
    }

    @AfterAll
    static void stopServices() {
        STUB.close();
    }

    @BeforeEach
    void client() {
        client = GatewayClient.to(port);
    }

    @Test
    void shouldAnswer429WithRetryAfterOnceTheKeysBucketIsEmpty() {
        // given the agent's burst of 3, used up
        for (int remaining = 2; remaining >= 0; remaining--) {
            agentCall().expectStatus().isOk()
                    .expectHeader().valueEquals(RateLimitHeaders.LIMIT, "3")
                    .expectHeader().valueEquals(RateLimitHeaders.REMAINING, Integer.toString(remaining));
        }
        int before = STUB.received().size();

        // when / then
        agentCall().expectStatus().isEqualTo(429)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER,
                        retryAfter -> assertThat(Long.parseLong(retryAfter)).isBetween(1L, 1000L))
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.status").isEqualTo(429)
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/too-many-requests");
        assertThat(STUB.received()).as("a refused request never reaches a service").hasSize(before);

        // and other credentials keep their own buckets
        client.get().uri("/api/v1/tickets/t-1").header("X-API-Key", DevKeys.keyOf(Role.MANAGER)).exchange()
                .expectStatus().isOk();
    }

    @Test
    void shouldAnswerAPreflightFromTheDashboardWithoutACredential() {
        // when / then
        client.options().uri("/api/v1/tickets")
                .header(HttpHeaders.ORIGIN, DASHBOARD)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "x-api-key, content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, DASHBOARD)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS,
                        headers -> assertThat(headers.toLowerCase()).contains("x-api-key"));
    }

    @Test
    void shouldExposeTheRequestIdToTheDashboard() {
        // when / then
        client.get().uri("/api/v1/queues")
                .header(HttpHeaders.ORIGIN, DASHBOARD)
                .header("X-API-Key", DevKeys.keyOf(Role.MANAGER))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, DASHBOARD)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS,
                        headers -> assertThat(headers).contains("X-Request-Id"));
    }

    @Test
    void shouldRefuseAnyOtherOrigin() {
        // when / then
        client.options().uri("/api/v1/tickets")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
        client.get().uri("/api/v1/queues")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header("X-API-Key", DevKeys.keyOf(Role.MANAGER))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    private WebTestClient.ResponseSpec agentCall() {
        return client.get().uri("/api/v1/tickets/t-1").header("X-API-Key", DevKeys.keyOf(Role.AGENT)).exchange();
    }
}
