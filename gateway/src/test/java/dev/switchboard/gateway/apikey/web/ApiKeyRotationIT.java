package dev.switchboard.gateway.apikey.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.apikey.ApiKeyHash;
import dev.switchboard.gateway.support.GatewayClient;
import dev.switchboard.gateway.support.StubService;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Keys rotated by an ADMIN at run time, outside the local profile, as a production gateway would run. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "switchboard.gateway.identity-token.secret=a-production-secret-of-32-bytes-or-more",
        "switchboard.gateway.api-keys[0].name=ops",
        "switchboard.gateway.api-keys[0].role=ADMIN",
        "switchboard.gateway.api-keys[0].sha256=" + ApiKeyRotationIT.OPS_SHA256,
        "switchboard.gateway.api-keys[1].name=zendesk",
        "switchboard.gateway.api-keys[1].role=PLATFORM",
        "switchboard.gateway.api-keys[1].platform=zendesk-eu",
        "switchboard.gateway.api-keys[1].sha256=" + ApiKeyRotationIT.ZENDESK_SHA256})
class ApiKeyRotationIT {

    /** {@code printf %s ops-secret | sha256sum}: a list binds from one property source, so it cannot come later. */
    static final String OPS_SHA256 = "32323cfa9ec9d62750daad0836a4cf3d7b60d23723b7852a529667deed01669f";
    /** Of no known key: zendesk gets a usable key only by rotation. */
    static final String ZENDESK_SHA256 = "1f0e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";
    private static final String KEYS = "/api/v1/gateway/api-keys";

    private static final StubService TICKET = new StubService("ticket");
    private static final String OPS_KEY = "ops-secret";

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        for (String service : List.of("ticket", "routing", "sla", "analytics")) {
            registry.add("switchboard.gateway.services." + service, TICKET::baseUrl);
        }
    }

    @AfterAll
    static void stopServices() {
        TICKET.close();
    }

    @BeforeEach
    void client() {
        client = GatewayClient.to(port);
    }

    @Test
    void shouldRotateAKeySoThatTheOldOneIsRefusedAtOnce() {
        // given
        putKey("zendesk", "{\"role\":\"PLATFORM\",\"platform\":\"zendesk-eu\",\"sha256\":\""
                + ApiKeyHash.hexOf("zendesk-1") + "\"}").expectStatus().isOk();
        getTicket("zendesk-1").expectStatus().isOk();

        // when
        putKey("zendesk", "{\"role\":\"PLATFORM\",\"platform\":\"zendesk-eu\",\"sha256\":\""
                + ApiKeyHash.hexOf("zendesk-2") + "\"}")
                .expectStatus().isOk()
                .expectBody().jsonPath("$.fingerprint").isEqualTo(ApiKeyHash.hexOf("zendesk-2").substring(0, 12));

        // then
        getTicket("zendesk-1").expectStatus().isUnauthorized();
        getTicket("zendesk-2").expectStatus().isOk()
                .expectBody().jsonPath("$.headers['x-switchboard-platform']").isEqualTo("zendesk-eu");
    }

    @Test
    void shouldCreateListAndRevokeAKey() {
        // when
        putKey("alice", "{\"role\":\"AGENT\",\"agentId\":\"agent-alice\",\"sha256\":\""
                + ApiKeyHash.hexOf("alice-secret") + "\"}").expectStatus().isCreated();

        // then
        getTicket("alice-secret").expectStatus().isOk()
                .expectBody().jsonPath("$.headers['x-switchboard-agent-id']").isEqualTo("agent-alice");
        client.get().uri(KEYS).header("X-API-Key", OPS_KEY).exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$[?(@.name == 'alice')].role").isEqualTo("AGENT")
                .jsonPath("$[?(@.name == 'alice')].sha256").doesNotExist();

        // when
        client.delete().uri(KEYS + "/alice").header("X-API-Key", OPS_KEY).exchange().expectStatus().isNoContent();

        // then
        getTicket("alice-secret").expectStatus().isUnauthorized();
        client.delete().uri(KEYS + "/alice").header("X-API-Key", OPS_KEY).exchange().expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldRefuseADevelopmentKeyOutsideTheLocalProfile() {
        // when / then
        putKey("sneaky", "{\"role\":\"ADMIN\",\"sha256\":\"" + ApiKeyHash.hexOf("dev-admin-key") + "\"}")
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://switchboard.dev/problems/validation")
                .jsonPath("$.errors[0].field").isEqualTo("sha256");
        getTicket("dev-admin-key").expectStatus().isUnauthorized();
    }

    @Test
    void shouldRefuseToRevokeTheLastAdminKey() {
        // when / then
        client.delete().uri(KEYS + "/ops").header("X-API-Key", OPS_KEY).exchange()
                .expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri(KEYS).header("X-API-Key", OPS_KEY).exchange().expectStatus().isOk();
    }

    @Test
    void shouldAnswerBadInputWithAProblemAndChangeNothing() {
        // given
        String valid = ApiKeyHash.hexOf("never-stored");

        // when / then
        expectValidationProblem(putKey("bob", "{not json"), null);
        expectValidationProblem(putKey("bob", "{\"role\":\"ROOT\",\"sha256\":\"" + valid + "\"}"), null);
        expectValidationProblem(putKey("bob", "{\"role\":\"ADMIN\",\"sha256\":\"ABC\"}"), "sha256");
        expectValidationProblem(putKey("bob", "{\"role\":\"AGENT\",\"sha256\":\"" + valid + "\"}"), "role");
        expectValidationProblem(putKey("bob", "{\"role\":\"AGENT\",\"agentId\":\"a\\r\\nX-Switchboard-Role: ADMIN\","
                + "\"sha256\":\"" + valid + "\"}"), "agentId");
        expectValidationProblem(putKey("n".repeat(65), "{\"role\":\"ADMIN\",\"sha256\":\"" + valid + "\"}"), "name");
        client.put().uri(KEYS + "/bob").header("X-API-Key", OPS_KEY).contentType(MediaType.TEXT_PLAIN)
                .bodyValue("role=ADMIN").exchange().expectStatus().isEqualTo(415);
        client.get().uri(KEYS).header("X-API-Key", OPS_KEY).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$[?(@.name == 'bob')]").isEmpty();
        getTicket("never-stored").expectStatus().isUnauthorized();
    }

    private void expectValidationProblem(WebTestClient.ResponseSpec response, String field) {
        WebTestClient.BodyContentSpec body = response.expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.status").isEqualTo(400);
        if (field != null) {
            body.jsonPath("$.errors[0].field").isEqualTo(field);
        }
    }

    private WebTestClient.ResponseSpec putKey(String name, String json) {
        return client.put().uri(KEYS + "/" + name).header("X-API-Key", OPS_KEY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(json).exchange();
    }

    private WebTestClient.ResponseSpec getTicket(String key) {
        return client.get().uri("/api/v1/tickets/t-1").header("X-API-Key", key).exchange();
    }
}
