package dev.switchboard.e2e;

import dev.switchboard.local.LocalSettings;
import dev.switchboard.local.LocalSystem;
import dev.switchboard.local.service.SwitchboardService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The spine, end to end, the way a newcomer walks it in the README: a real Kafka broker, the Mongo stand-in and the
 * five packaged services, each in its own JVM, driven only through the gateway with the development keys.
 */
class TicketSliceThroughGatewayIT {

    private static final String PLATFORM = "dev-platform-key";
    private static final String MANAGER = "dev-manager-key";
    private static final String ADMIN = "dev-admin-key";

    @TempDir
    static Path dataDir;

    private static LocalSystem system;
    private static GatewayClient gateway;

    @BeforeAll
    static void startWholeSystem() {
        Path repoRoot = Path.of("").toAbsolutePath().getParent();
        system = new LocalSystem(LocalSettings.forTests(repoRoot, dataDir)).start();
        gateway = new GatewayClient(system.gatewayUrl() + "/api/v1");
    }

    @AfterAll
    static void stopWholeSystem() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void shouldRouteClockAndCountATicketPostedThroughTheGateway() {
        String agentId = "agent-" + UUID.randomUUID().toString().substring(0, 8);
        putAvailableAgent(agentId, "billing");
        // The first ticket pays for cold caches, JIT and consumer-group joins; the contract's 2 s is for the second.
        awaitOpenAndAssigned(postTicket("billing"), agentId, Duration.ofSeconds(60));

        Instant posted = Instant.now();
        String ticketId = postTicket("billing");
        JsonNode ticket = awaitOpenAndAssigned(ticketId, agentId, Duration.ofSeconds(2));

        assertThat(Duration.between(posted, Instant.now())).isLessThan(Duration.ofSeconds(2));
        JsonNode firstReply = slaClock(ticket, "FIRST_REPLY");
        assertThat(firstReply.get("state").asString()).isEqualTo("RUNNING");
        assertThat(Instant.parse(firstReply.get("dueAt").asString())).isAfter(posted);

        GatewayClient.Answer reply = gateway.post("/tickets/" + ticketId + "/events", PLATFORM,
                "{\"type\":\"AGENT_REPLY\",\"agentId\":\"" + agentId + "\",\"body\":\"On it\",\"public\":true}");
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode replied = gateway.get("/tickets/" + ticketId, MANAGER).body();
            assertThat(slaClock(replied, "FIRST_REPLY").get("state").asString()).isEqualTo("ACHIEVED");
            assertThat(replied.get("firstRepliedAt").isNull()).isFalse();
        });

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            GatewayClient.Answer summary = gateway.get("/analytics/summary?team=billing", MANAGER);
            assertThat(summary.status()).isEqualTo(200);
            assertThat(summary.body().get("created").asLong()).isGreaterThanOrEqualTo(2);
        });
    }

    @Test
    void shouldAnswerTheSameTicketForARetriedPostWithTheSameIdempotencyKey() {
        String body = ticketJson("ext-" + UUID.randomUUID(), "tech");

        GatewayClient.Answer first = gateway.post("/tickets", PLATFORM, body);
        GatewayClient.Answer retry = gateway.post("/tickets", PLATFORM, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isIn(200, 201);
        assertThat(retry.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
    }

    @Test
    void shouldRefuseCallersWithoutAKeyOrWithTheWrongRole() {
        assertThat(gateway.get("/analytics/summary", null).status()).isEqualTo(401);
        assertThat(gateway.get("/analytics/summary", "not-a-key").status()).isEqualTo(401);
        assertThat(gateway.get("/analytics/summary", PLATFORM).status()).isEqualTo(403);
        GatewayClient.Answer invalid = gateway.post("/tickets", PLATFORM, "{\"subject\":\"no channel\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void shouldRefuseAServiceCallThatDidNotComeThroughTheGatewayWhateverHeadersItForges() {
        for (SwitchboardService service : SwitchboardService.values()) {
            if (service == SwitchboardService.GATEWAY) {
                continue;
            }
            String base = system.service(service.serviceName()).baseUrl();
            GatewayClient.Answer answer = gateway.getAbsolute(base + "/api/v1/queues",
                    "X-Switchboard-Role", "ADMIN", "X-Switchboard-Principal", "mallory");
            assertThat(answer.status()).as(service + " without the gateway's identity token").isEqualTo(401);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    void shouldServeHealthProbesAndPrometheusOnEveryService() {
        for (SwitchboardService service : SwitchboardService.values()) {
            String base = system.service(service.serviceName()).baseUrl();
            for (String path : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
                assertThat(gateway.getAbsolute(base + path).status()).as(service + path).isEqualTo(200);
            }
            GatewayClient.Answer metrics = gateway.getAbsolute(base + "/actuator/prometheus");
            assertThat(metrics.status()).as(service + " prometheus").isEqualTo(200);
            assertThat(metrics.raw().body()).as(service + " application tag")
                    .contains("application=\"" + service.serviceName() + "\"");
        }
    }

    private static void putAvailableAgent(String agentId, String team) {
        GatewayClient.Answer agent = gateway.put("/agents/" + agentId, ADMIN, """
                {"name":"E2E","team":"%s","tier":1,"skills":{"billing":3},"capacity":{"EMAIL":5,"CHAT":2}}
                """.formatted(team));
        assertThat(agent.status()).as(agent.raw().body()).isBetween(200, 204);
        GatewayClient.Answer presence = gateway.put("/agents/" + agentId + "/presence", PLATFORM,
                "{\"status\":\"AVAILABLE\"}");
        assertThat(presence.status()).as(presence.raw().body()).isBetween(200, 204);
    }

    private static String postTicket(String team) {
        GatewayClient.Answer created = gateway.post("/tickets", PLATFORM, ticketJson("ext-" + UUID.randomUUID(), team));
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/api/v1/tickets/" + id);
        return id;
    }

    private static JsonNode awaitOpenAndAssigned(String ticketId, String agentId, Duration within) {
        JsonNode[] seen = new JsonNode[1];
        await().atMost(within).pollInterval(Duration.ofMillis(50)).untilAsserted(() -> {
            GatewayClient.Answer answer = gateway.get("/tickets/" + ticketId, MANAGER);
            assertThat(answer.status()).isEqualTo(200);
            JsonNode ticket = answer.body();
            assertThat(ticket.get("status").asString()).isEqualTo("OPEN");
            assertThat(ticket.get("assignee").asString()).isEqualTo(agentId);
            assertThat(slaClock(ticket, "FIRST_REPLY")).isNotNull();
            seen[0] = ticket;
        });
        return seen[0];
    }

    private static JsonNode slaClock(JsonNode ticket, String metric) {
        for (JsonNode clock : ticket.path("sla")) {
            if (metric.equals(clock.path("metric").asString())) {
                return clock;
            }
        }
        return null;
    }

    private static String ticketJson(String externalId, String team) {
        return """
                {"externalId":"%s","channel":"EMAIL","subject":"Refund please","priority":"HIGH",
                 "customer":{"id":"c-1","name":"Grace","tier":"VIP","language":"en"},
                 "team":"%s","skills":["billing"],"tags":["refund"]}
                """.formatted(externalId, team);
    }
}
