package dev.switchboard.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import dev.switchboard.gateway.caller.Role;
import dev.switchboard.gateway.support.ContractEndpoints;
import dev.switchboard.gateway.support.ContractEndpoints.Endpoint;
import dev.switchboard.gateway.support.DevKeys;
import dev.switchboard.gateway.support.GatewayClient;
import dev.switchboard.gateway.support.IdentityTokens;
import dev.switchboard.gateway.support.StubService;
import dev.switchboard.gateway.support.TokenIssuerStub;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

/**
 * Every endpoint of the contract, called with every role, by API key and by bearer token, with a wrong credential and
 * with none, against stub services and a stub identity provider.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // this test is about who may call what, not about how often
        "switchboard.gateway.rate-limit.enabled=false",
        "spring.security.oauth2.resourceserver.jwt.audiences=" + TokenIssuerStub.AUDIENCE})
@ActiveProfiles("local")
class RouteRoleMatrixIT {

    enum Credential { API_KEY, BEARER_TOKEN }

    private static final Map<String, StubService> SERVICES = Map.of(
            "ticket", new StubService("ticket"),
            "routing", new StubService("routing"),
            "sla", new StubService("sla"),
            "analytics", new StubService("analytics"));
    private static final TokenIssuerStub ISSUER = new TokenIssuerStub();

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        SERVICES.forEach((name, stub) -> registry.add("switchboard.gateway.services." + name, stub::baseUrl));
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", ISSUER::jwkSetUri);
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", ISSUER::issuer);
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(StubService::close);
        ISSUER.close();
    }

    @BeforeEach
    void client() {
        client = GatewayClient.to(port);
    }

    static Stream<Arguments> everyEndpointRoleAndCredential() {
        return ContractEndpoints.ALL.stream()
                .flatMap(endpoint -> Arrays.stream(Role.values())
                        .flatMap(role -> Arrays.stream(Credential.values())
                                .map(credential -> Arguments.of(endpoint, role, credential))));
    }

    static Stream<Endpoint> everyEndpoint() {
        return ContractEndpoints.ALL.stream();
    }

    @ParameterizedTest(name = "{1} by {2}: {0}")
    @MethodSource("everyEndpointRoleAndCredential")
    void shouldForwardAllowedRolesWithTheirSignedIdentityAndRefuseTheOthers(Endpoint endpoint, Role role,
            Credential credential) {
        // given
        int receivedBefore = receivedCount(endpoint);

        // when
        WebTestClient.ResponseSpec response = authenticated(call(endpoint), role, credential).exchange();

        // then
        if (endpoint.allows(role) && endpoint.service().equals("gateway")) {
            response.expectStatus().value(status -> assertThat(status).isNotIn(401, 403));
        } else if (endpoint.allows(role)) {
            Map<String, Object> echo = response.expectStatus().isOk()
                    .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {
                    })
                    .returnResult().getResponseBody();
            assertThat(echo).containsEntry("service", endpoint.service())
                    .containsEntry("method", endpoint.method())
                    .containsEntry("uri", endpoint.path());
            @SuppressWarnings("unchecked")
            Map<String, String> headers = new HashMap<>((Map<String, String>) echo.get("headers"));
            String requestId = headers.remove("x-request-id");
            assertThat(requestId).isNotBlank();
            assertSignedIdentity(headers.remove("x-switchboard-identity"), endpoint, role, requestId);
            assertThat(headers).as("identity headers, and no credential").isEqualTo(expectedIdentity(role));
        } else {
            response.expectStatus().isForbidden()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.status").isEqualTo(403)
                    .jsonPath("$.title").isEqualTo("Forbidden")
                    .jsonPath("$.detail").isNotEmpty();
        }
        if (!endpoint.allows(role)) {
            assertThat(receivedCount(endpoint)).as("the service must not see a refused request")
                    .isEqualTo(receivedBefore);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void shouldAnswer401WithoutACredential(Endpoint endpoint) {
        // when / then
        expectUnauthorized(call(endpoint), endpoint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void shouldAnswer401WithAWrongKey(Endpoint endpoint) {
        // when / then
        expectUnauthorized(call(endpoint).header("X-API-Key", "dev-admin-key-guessed"), endpoint);
    }

    /** Tokens an attacker could make or find: each must be refused on every path. */
    static Stream<Arguments> everyEndpointWithABadToken() {
        Map<String, Function<TokenIssuerStub, String>> badTokens = new java.util.LinkedHashMap<>();
        badTokens.put("garbage", issuer -> "not-a-jwt");
        badTokens.put("alg none", issuer -> issuer.unsigned(Role.ADMIN));
        badTokens.put("signed by another key", issuer -> issuer.sign(TokenIssuerStub.generate("issuer-key"),
                claims -> claims.subject("mallory").claim("roles", List.of("ADMIN"))));
        badTokens.put("expired", issuer -> issuer.token(claims -> claims.subject("late").claim("roles", List.of("ADMIN"))
                .issueTime(Date.from(Instant.now().minus(Duration.ofHours(2))))
                .expirationTime(Date.from(Instant.now().minus(Duration.ofHours(1))))));
        badTokens.put("another issuer", issuer -> issuer.token(claims -> claims.subject("x")
                .claim("roles", List.of("ADMIN")).issuer("https://evil.example")));
        badTokens.put("another audience", issuer -> issuer.token(claims -> claims.subject("x")
                .claim("roles", List.of("ADMIN")).audience("some-other-api")));
        badTokens.put("no Switchboard role", issuer -> issuer.token(claims -> claims.subject("x")
                .claim("roles", List.of("offline_access"))));
        badTokens.put("two roles", issuer -> issuer.token(claims -> claims.subject("x")
                .claim("roles", List.of("AGENT", "ADMIN")).claim("agent_id", "a-1")));
        badTokens.put("agent without agent id", issuer -> issuer.token(claims -> claims.subject("x")
                .claim("roles", List.of("AGENT"))));
        badTokens.put("header injection in the subject", issuer -> issuer.token(claims -> claims
                .subject("x\r\nX-Switchboard-Role: ADMIN").claim("roles", List.of("MANAGER"))));
        return ContractEndpoints.ALL.stream().flatMap(endpoint -> badTokens.entrySet().stream()
                .map(bad -> Arguments.of(endpoint, bad.getKey(), bad.getValue())));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("everyEndpointWithABadToken")
    void shouldAnswer401WithABadBearerToken(Endpoint endpoint, String kind, Function<TokenIssuerStub, String> token) {
        // when / then
        expectUnauthorized(call(endpoint).header(HttpHeaders.AUTHORIZATION, "Bearer " + token.apply(ISSUER)),
                endpoint);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEndpoint")
    void shouldAnswer401ToTwoCredentialsAtOnce(Endpoint endpoint) {
        // when / then: even two valid ones, so no one can probe which of them wins
        expectUnauthorized(call(endpoint)
                .header("X-API-Key", DevKeys.keyOf(Role.ADMIN))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.tokenFor(Role.ADMIN)), endpoint);
    }

    private static void assertSignedIdentity(String token, Endpoint endpoint, Role role, String requestId) {
        JWTClaimsSet claims = IdentityTokens.verify(token);
        assertThat(claims.getIssuer()).isEqualTo("switchboard-gateway");
        assertThat(claims.getAudience()).containsExactly(endpoint.serviceName());
        assertThat(claims.getSubject()).isEqualTo(DevKeys.nameOf(role));
        assertThat(claims.getClaim("role")).isEqualTo(role.name());
        assertThat(claims.getClaim("agent_id")).isEqualTo(role == Role.AGENT ? ContractEndpoints.OWN_AGENT : null);
        assertThat(claims.getClaim("platform")).isEqualTo(role == Role.PLATFORM ? "dev-platform" : null);
        assertThat(claims.getClaim("htm")).isEqualTo(endpoint.method());
        assertThat(claims.getClaim("htu")).isEqualTo(endpoint.path().split("\\?")[0]);
        assertThat(claims.getClaim("rid")).isEqualTo(requestId);
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofSeconds(30));
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

    private void expectUnauthorized(WebTestClient.RequestHeadersSpec<?> request, Endpoint endpoint) {
        int receivedBefore = receivedCount(endpoint);
        request.exchange().expectStatus().isUnauthorized()
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "ApiKey realm=\"switchboard\".*")
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/unauthorized");
        assertThat(receivedCount(endpoint)).isEqualTo(receivedBefore);
    }

    private WebTestClient.RequestHeadersSpec<?> authenticated(WebTestClient.RequestHeadersSpec<?> request, Role role,
            Credential credential) {
        return credential == Credential.API_KEY
                ? request.header("X-API-Key", DevKeys.keyOf(role))
                : request.header(HttpHeaders.AUTHORIZATION, "Bearer " + ISSUER.tokenFor(role));
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
