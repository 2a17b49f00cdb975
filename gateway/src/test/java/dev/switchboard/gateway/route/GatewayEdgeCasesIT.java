package dev.switchboard.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.caller.Role;
import dev.switchboard.gateway.support.DevKeys;
import dev.switchboard.gateway.support.GatewayClient;
import dev.switchboard.gateway.support.StubService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/** What happens around a request: forged headers, request ids, large bodies, dead services, odd paths, actuator. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.cloud.gateway.server.webflux.httpclient.response-timeout=1s",
                "switchboard.gateway.ticket-batch.response-timeout=10s"})
@ActiveProfiles("local")
class GatewayEdgeCasesIT {

    private static final int ONE_MIB = 1024 * 1024;
    private static final StubService TICKET = new StubService("ticket");
    private static final StubService ROUTING = new StubService("routing");
    private static final StubService ANALYTICS = new StubService("analytics");
    private static final List<StubService> STUBS = List.of(TICKET, ROUTING, ANALYTICS);

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("switchboard.gateway.services.ticket", TICKET::baseUrl);
        registry.add("switchboard.gateway.services.routing", ROUTING::baseUrl);
        registry.add("switchboard.gateway.services.analytics", ANALYTICS::baseUrl);
        // sla-service is down
        registry.add("switchboard.gateway.services.sla", () -> "http://127.0.0.1:" + StubService.closedPort());
    }

    @AfterAll
    static void stopServices() {
        STUBS.forEach(StubService::close);
    }

    @BeforeEach
    void client() {
        client = GatewayClient.to(port);
    }

    @Test
    void shouldDropIdentityHeadersForgedByTheClient() {
        // when
        Map<String, String> headers = headersSeenByService(client.get().uri("/api/v1/tickets/t-1")
                .header("X-API-Key", DevKeys.keyOf(Role.MANAGER))
                .header("X-Switchboard-Role", "ADMIN")
                .header("x-switchboard-agent-id", "agent-dev")
                .header("X-Switchboard-Platform", "evil")
                .header("X-Switchboard-Principal", "root")
                .header("X-Switchboard-Anything", "else"));

        // then
        assertThat(headers).containsEntry("x-switchboard-role", "MANAGER")
                .containsEntry("x-switchboard-principal", "dev-manager")
                .doesNotContainKeys("x-switchboard-agent-id", "x-switchboard-platform", "x-switchboard-anything");
    }

    @Test
    void shouldKeepASaneRequestIdAndPassItOn() {
        // when
        WebTestClient.ResponseSpec response = client.get().uri("/api/v1/queues")
                .header("X-API-Key", DevKeys.keyOf(Role.ADMIN))
                .header("X-Request-Id", "client-req.42_a")
                .exchange();

        // then
        response.expectStatus().isOk()
                .expectHeader().valuesMatch("X-Request-Id", "client-req\\.42_a")
                .expectBody().jsonPath("$.headers['x-request-id']").isEqualTo("client-req.42_a");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has spaces in it", "0123456789012345678901234567890123456789012345678901234567890123456"})
    void shouldReplaceAMissingOrUnsafeRequestIdWithANewOne(String clientId) {
        // given
        var request = client.get().uri("/api/v1/queues").header("X-API-Key", DevKeys.keyOf(Role.ADMIN));
        if (!clientId.isEmpty()) {
            request = request.header("X-Request-Id", clientId);
        }

        // when
        var result = request.exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult();

        // then
        List<String> answered = result.getResponseHeaders().get("X-Request-Id");
        assertThat(answered).hasSize(1);
        assertThat(answered.getFirst()).matches("[0-9a-f-]{36}");
        assertThat(((Map<?, ?>) result.getResponseBody().get("headers")).get("x-request-id"))
                .isEqualTo(answered.getFirst());
    }

    @Test
    void shouldGiveARequestIdToARefusedRequestToo() {
        // when / then
        client.get().uri("/api/v1/queues").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueMatches("X-Request-Id", "[0-9a-f-]{36}");
    }

    @Test
    void shouldForwardABodyOfExactlyTheLimit() {
        // when / then
        client.post().uri("/api/v1/tickets/batch")
                .header("X-API-Key", DevKeys.keyOf(Role.PLATFORM))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[ONE_MIB])
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.bodyBytes").isEqualTo(ONE_MIB);
    }

    @Test
    void shouldAnswer413ForADeclaredBodyOverTheLimit() {
        // given
        int before = TICKET.received().size();

        // when / then
        client.post().uri("/api/v1/tickets/batch")
                .header("X-API-Key", DevKeys.keyOf(Role.PLATFORM))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new byte[ONE_MIB + 1])
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);
        assertThat(TICKET.received()).hasSize(before);
    }

    @Test
    void shouldAnswer413ForAChunkedBodyOverTheLimit() {
        // given a body sent in chunks, without Content-Length
        Flux<DataBuffer> chunks = Flux.range(0, 17)
                .map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024]));

        // when / then
        client.post().uri("/api/v1/tickets/batch")
                .header("X-API-Key", DevKeys.keyOf(Role.PLATFORM))
                .contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldAnswer503QuicklyWhenTheServiceIsDown() {
        // given a first call, so class loading on a busy machine does not count as slowness
        expectServiceUnavailable();
        long start = System.nanoTime();

        // when
        expectServiceUnavailable();

        // then well below the connect (2s) and response (10s) timeouts: a refused connection is not waited on
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1500));
    }

    private void expectServiceUnavailable() {
        client.get().uri("/api/v1/escalations")
                .header("X-API-Key", DevKeys.keyOf(Role.MANAGER))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/service-unavailable");
    }

    @Test
    void shouldAnswer504WhenTheServiceDoesNotAnswerInTime() {
        // when / then (response timeout 1s in this test)
        client.get().uri("/api/v1/analytics/slow")
                .header("X-API-Key", DevKeys.keyOf(Role.MANAGER))
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/service-timeout");
    }

    @Test
    void shouldWaitLongerForABatchThanForASingleCallBeforeAnswering504() {
        // given ticket-service answering after twice the response timeout of single calls (1s in this test)
        String twoSeconds = "2000";

        // when / then a batch, which has a timeout of its own (10s here), gets ticket-service's answer
        postAnsweredAfter("/api/v1/tickets/batch", "[]", twoSeconds)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.uri").isEqualTo("/api/v1/tickets/batch");
        // and a single ticket does not
        postAnsweredAfter("/api/v1/tickets", "{}", twoSeconds).expectStatus().isEqualTo(504);
    }

    private WebTestClient.ResponseSpec postAnsweredAfter(String uri, String body, String delayMs) {
        return client.post().uri(uri)
                .header("X-API-Key", DevKeys.keyOf(Role.PLATFORM))
                .header(StubService.DELAY_HEADER, delayMs)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body)
                .exchange();
    }

    static Stream<String> traversals() {
        return Stream.of(
                "/api/v1/tickets/x/../../actuator",
                "/api/v1/tickets/x/../../../actuator/env",
                "/api/v1/analytics/../../../actuator/health",
                "/api/v1/tickets/%2e%2e/%2e%2e/%2e%2e/actuator",
                "/api/v1/tickets/x/..%2f..%2f..%2factuator",
                "/api/v1/tickets/x%2F..%2F..%2Factuator",
                "/api/v1/tickets/x/..;/..;/actuator",
                "/api/v1/analytics/summary/..\\..\\..\\actuator",
                "/api/v1/tickets/./../actuator");
    }

    @ParameterizedTest
    @MethodSource("traversals")
    void shouldNotLetATraversalReachAServiceActuator(String path) throws Exception {
        // when the raw path is sent as it is, not normalised by a client library
        HttpResponse<String> response = rawGet(path, DevKeys.keyOf(Role.ADMIN));

        // then
        assertThat(response.statusCode()).as(path).isBetween(400, 499);
        assertThat(response.headers().firstValue("Content-Type")).as(path).hasValue("application/problem+json");
        assertThat(STUBS).allSatisfy(stub -> assertThat(stub.received())
                .noneMatch(received -> received.uri().toLowerCase().contains("actuator")));
    }

    @Test
    void shouldServeHealthAndPrometheusWithoutAKey() {
        // given a refusal and a routed request, so the meters have something to show
        client.get().uri("/api/v1/queues").header("X-API-Key", "nope").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/v1/queues").header("X-API-Key", DevKeys.keyOf(Role.MANAGER)).exchange()
                .expectStatus().isOk();

        // when / then
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk()
                .expectBody(String.class)
                .value(body -> assertThat(body)
                        .contains("switchboard_gateway_auth_failures_total{application=\"gateway\",reason=\"invalid_credentials\"}")
                        .contains("http_server_requests_seconds_count")
                        .contains("spring_cloud_gateway_requests_seconds_count"));
    }

    @ParameterizedTest
    // "/" is the console's public page (ConsoleWithoutKafkaIT); nothing beside it is open
    @ValueSource(strings = {"/actuator/env", "/actuator/beans", "/actuator/gateway/routes", "/console-admin",
            "/application.yml", "/api"})
    void shouldExposeNothingElseWithoutAKey(String path) throws Exception {
        // when / then
        assertThat(rawGet(path, null).statusCode()).as(path).isIn(401, 403, 404);
    }

    private Map<String, String> headersSeenByService(WebTestClient.RequestHeadersSpec<?> request) {
        Map<String, Object> echo = request.exchange().expectStatus().isOk()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                }).returnResult().getResponseBody();
        @SuppressWarnings("unchecked")
        Map<String, String> headers = (Map<String, String>) echo.get("headers");
        return headers;
    }

    private HttpResponse<String> rawGet(String rawPath, String apiKey) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                    + rawPath.replace("\\", "%5C"))).timeout(Duration.ofSeconds(10)).GET();
            if (apiKey != null) {
                request.header("X-API-Key", apiKey);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
