package dev.switchboard.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.caller.Role;
import dev.switchboard.gateway.support.ContractEndpoints;
import dev.switchboard.gateway.support.ContractEndpoints.Endpoint;
import dev.switchboard.gateway.support.DevKeys;
import dev.switchboard.gateway.support.StubService;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Every endpoint of the contract, called with every role, with a wrong key and with none, against stub services. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class RouteRoleMatrixIT {

    private static final Map<String, StubService> SERVICES = Map.of(
            "ticket", new StubService("ticket"),
            "routing", new StubService("routing"),
            "sla", new StubService("sla"),
            "analytics", new StubService("analytics"));

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.forEach((name, stub) -> registry.add("switchboard.gateway.services." + name, stub::baseUrl));
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(StubService::close);
    }

    @BeforeEach
    void client() {
        client = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    static Stream<Arguments> everyEndpointAndRole() {
        return ContractEndpoints.ALL.stream()
                .flatMap(endpoint -> Arrays.stream(Role.values()).map(role -> Arguments.of(endpoint, role)));
    }

    static Stream<Endpoint> everyEndpoint() {
        return ContractEndpoints.ALL.stream();
    }

    @ParameterizedTest(name = "{1} {0}")
    @MethodSource("everyEndpointAndRole")
    void shouldForwardAllowedRolesUnchangedAndRefuseTheOthers(Endpoint endpoint, Role role) {
        // given
        int receivedBefore = receivedCount(endpoint);

        // when
        WebTestClient.ResponseSpec response = call(endpoint)
                .header("X-API-Key", DevKeys.keyOf(role))
                .exchange();

        // then
        if (endpoint.allows(role)) {
            Map<String, Object> echo = response.expectStatus().isOk()
                    .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                    })
                    .returnResult().getResponseBody();
            assertThat(echo).containsEntry("service", endpoint.service())
                    .containsEntry("method", endpoint.method())
                    .containsEntry("uri", endpoint.path());
            @SuppressWarnings("unchecked")
            Map<String, String> headers = new HashMap<>((Map<String, String>) echo.get("headers"));
            assertThat(headers.remove("x-request-id")).isNotBlank();
            assertThat(headers).as("identity headers, and no API key").isEqualTo(expectedIdentity(role));
        } else {
            response.expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(403)
                    .jsonPath("$.title").isEqualTo("Forbidden")
                    .jsonPath("$.detail").isNotEmpty();
            assertThat(receivedCount(endpoint)).as("the service must not see a refused request")
                    .isEqualTo(receivedBefore);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void shouldAnswer401WithoutAKey(Endpoint endpoint) {
        // when / then
        expectUnauthorized(call(endpoint).exchange(), endpoint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void shouldAnswer401WithAWrongKey(Endpoint endpoint) {
        // when / then
        expectUnauthorized(call(endpoint).header("X-API-Key", "dev-admin-key-guessed").exchange(), endpoint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void shouldAnswer401ToABearerTokenForNow(Endpoint endpoint) {
        // when / then
        expectUnauthorized(call(endpoint).header(HttpHeaders.AUTHORIZATION, "Bearer eyJhbGciOiJub25lIn0.e30.")
                .exchange(), endpoint);
    }

    private static Map<String, String> expectedIdentity(Role role) {
        Map<String, String> expected = new HashMap<>();
        expected.put("x-switchboard-role", role.name());
        expected.put("x-switchboard-principal", DevKeys.nameOf(role));
        if (role == Role.AGENT) {
            expected.put("x-switchboard-agent-id", ContractEndpoints.OWN_AGENT);
        }
        if (role == Role.PLATFORM) {
            expected.put("x-switchboard-platform", "dev-platform");
        }
        return expected;
    }

    private void expectUnauthorized(WebTestClient.ResponseSpec response, Endpoint endpoint) {
        int receivedBefore = receivedCount(endpoint);
        response.expectStatus().isUnauthorized()
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "ApiKey realm=\"switchboard\".*")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/unauthorized");
        assertThat(receivedCount(endpoint)).isEqualTo(receivedBefore);
    }

    private WebTestClient.RequestHeadersSpec<?> call(Endpoint endpoint) {
        WebTestClient.RequestBodySpec request = client.method(HttpMethod.valueOf(endpoint.method()))
                .uri(endpoint.path());
        return endpoint.method().equals("GET") || endpoint.method().equals("DELETE")
                ? request
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}");
    }

    private static int receivedCount(Endpoint endpoint) {
        StubService stub = SERVICES.get(endpoint.service());
        return stub == null ? 0 : stub.received().size();
    }
}
