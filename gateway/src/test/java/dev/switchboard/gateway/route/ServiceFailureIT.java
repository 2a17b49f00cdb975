package dev.switchboard.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.caller.Role;
import dev.switchboard.gateway.support.DevKeys;
import dev.switchboard.gateway.support.GatewayClient;
import dev.switchboard.gateway.support.StubService;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Services that die or hang while the gateway runs: load balancing over two ticket-service instances (one of which is
 * killed mid-test), and the circuit breaker of an analytics-service that stops answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.cloud.gateway.server.webflux.httpclient.response-timeout=3s",
        "switchboard.gateway.circuit-breaker.sliding-window-size=2",
        "switchboard.gateway.circuit-breaker.minimum-number-of-calls=2",
        "switchboard.gateway.circuit-breaker.wait-in-open-state=1m",
        "switchboard.gateway.rate-limit.enabled=false"})
@ActiveProfiles("local")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceFailureIT {

    private static final String BODY = "{\"subject\":\"retried with its body\"}";
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(3);
    private static final StubService TICKET_1 = new StubService("ticket");
    private static final StubService TICKET_2 = new StubService("ticket");
    private static final StubService ROUTING = new StubService("routing");
    private static final StubService SLA = new StubService("sla");
    private static final StubService ANALYTICS = new StubService("analytics");

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("switchboard.gateway.services.ticket", () -> TICKET_1.baseUrl() + "," + TICKET_2.baseUrl());
        registry.add("switchboard.gateway.services.routing", ROUTING::baseUrl);
        registry.add("switchboard.gateway.services.sla", SLA::baseUrl);
        registry.add("switchboard.gateway.services.analytics", ANALYTICS::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        List.of(TICKET_1, TICKET_2, ROUTING, SLA, ANALYTICS).forEach(StubService::close);
    }

    @BeforeEach
    void client() {
        client = GatewayClient.to(port);
    }

    @Test
    @Order(1)
    void shouldSpreadRequestsOverTheInstancesOfAService() {
        // given a first routed call through another service, so class loading on a busy machine is no timeout here
        client.get().uri("/api/v1/queues").header("X-API-Key", DevKeys.keyOf(Role.MANAGER)).exchange()
                .expectStatus().isOk();

        // when
        IntStream.range(0, 6).forEach(i -> getTicket().expectStatus().isOk());

        // then
        assertThat(TICKET_1.received()).hasSize(3);
        assertThat(TICKET_2.received()).hasSize(3);
    }

    @Test
    @Order(2)
    void shouldKeepAnsweringThroughTheOtherInstanceWhenOneIsKilled() {
        // given
        TICKET_1.close();
        int before = TICKET_2.received().size();

        // when every request, those the balancer sends to the dead instance included, is answered
        IntStream.range(0, 6).forEach(i -> getTicket().expectStatus().isOk());
        client.post().uri("/api/v1/tickets")
                .header("X-API-Key", DevKeys.keyOf(Role.PLATFORM))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(BODY)
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyBytes").isEqualTo(BODY.length());

        // then
        assertThat(TICKET_2.received()).as("ticket-1 got %s", TICKET_1.received()).hasSize(before + 7);
    }

    @Test
    @Order(3)
    void shouldAnswerAProblemWithinTheTimeoutWhenTheLastInstanceIsKilledMidTest() {
        // given
        TICKET_2.close();

        // when
        long start = System.nanoTime();
        getTicket().expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/service-unavailable");

        // then
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(RESPONSE_TIMEOUT);
    }

    @Test
    @Order(4)
    void shouldOpenTheBreakerOfAHangingServiceAndThenAnswer503AtOnce() {
        // given a service that accepts connections but never answers: two timeouts fill the breaker's window
        IntStream.range(0, 2).forEach(i -> slowAnalytics().expectStatus().isEqualTo(504)
                .expectBody().jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/service-timeout"));
        int before = ANALYTICS.received().size();

        // when
        long start = System.nanoTime();
        WebTestClient.ResponseSpec answer = slowAnalytics();

        // then the service is not even asked, and the client does not wait for a timeout
        answer.expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody().jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/service-unavailable");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(RESPONSE_TIMEOUT.dividedBy(2));
        assertThat(ANALYTICS.received()).hasSize(before);
    }

    @Test
    @Order(5)
    void shouldKeepOtherServicesAvailableWhileOneBreakerIsOpen() {
        // when / then
        client.get().uri("/api/v1/queues").header("X-API-Key", DevKeys.keyOf(Role.MANAGER)).exchange()
                .expectStatus().isOk();
        client.get().uri("/api/v1/escalations").header("X-API-Key", DevKeys.keyOf(Role.MANAGER)).exchange()
                .expectStatus().isOk();
    }

    private WebTestClient.ResponseSpec getTicket() {
        return client.get().uri("/api/v1/tickets/t-1").header("X-API-Key", DevKeys.keyOf(Role.MANAGER)).exchange();
    }

    private WebTestClient.ResponseSpec slowAnalytics() {
        return client.get().uri("/api/v1/analytics/slow").header("X-API-Key", DevKeys.keyOf(Role.MANAGER)).exchange();
    }
}
