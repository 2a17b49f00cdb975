package dev.switchboard.local.demo.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.local.demo.DemoAgent;
import dev.switchboard.local.demo.NewTicket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The adapter against a stand-in gateway (the JDK's HTTP server) on a random port. */
class GatewayClientTest {

    private record Call(String method, String path, String apiKey, String idempotencyKey, JsonNode body) {
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private GatewayClient client;
    private volatile int status = 200;
    private volatile String answer = "{}";

    @BeforeEach
    void startGateway() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
        client = new GatewayClient("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stopGateway() {
        server.stop(0);
    }

    @Test
    void shouldCreateTicketsWithThePlatformKeyAndReturnTheirId() {
        status = 201;
        answer = "{\"id\":\"t-42\",\"status\":\"NEW\"}";
        NewTicket ticket = new NewTicket("demo-x-1", Channel.CHAT, "Cannot log in", "…", Priority.HIGH, "c-7",
                "Customer 7", CustomerTier.VIP, "de", "tech", List.of("tech", "german"), List.of("demo"));

        String id = client.createTicket(ticket);

        assertThat(id).isEqualTo("t-42");
        Call call = calls.getFirst();
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/api/v1/tickets");
        assertThat(call.apiKey()).isEqualTo("dev-platform-key");
        assertThat(call.idempotencyKey()).isEqualTo("demo-x-1");
        assertThat(call.body().path("channel").asString()).isEqualTo("CHAT");
        assertThat(call.body().path("customer").path("tier").asString()).isEqualTo("VIP");
        assertThat(call.body().path("customer").path("id").asString()).isEqualTo("c-7");
        assertThat(call.body().path("skills").size()).isEqualTo(2);
    }

    @Test
    void shouldConfigureAgentsAsAdminAndSetPresenceAsPlatform() {
        client.configureAgent(new DemoAgent("agent-tech-1", "Ada", "tech", 2, Map.of("tech", 5),
                Map.of("EMAIL", 5)));
        client.setPresence("agent-tech-1", "AVAILABLE");

        assertThat(calls).extracting(Call::method, Call::path, Call::apiKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("PUT", "/api/v1/agents/agent-tech-1", "dev-admin-key"),
                org.assertj.core.groups.Tuple.tuple("PUT", "/api/v1/agents/agent-tech-1/presence",
                        "dev-platform-key"));
        assertThat(calls.get(0).body().path("skills").path("tech").asInt()).isEqualTo(5);
        assertThat(calls.get(0).body().path("tier").asInt()).isEqualTo(2);
        assertThat(calls.get(1).body().path("status").asString()).isEqualTo("AVAILABLE");
    }

    @Test
    void shouldReadTheAssigneeAsManagerAndTreatAnUnknownTicketAsNotYetAssigned() {
        answer = "{\"id\":\"t-1\",\"assignee\":\"agent-tech-1\"}";
        assertThat(client.assignee("t-1")).contains("agent-tech-1");
        assertThat(calls.getFirst().apiKey()).isEqualTo("dev-manager-key");

        answer = "{\"id\":\"t-1\",\"assignee\":null}";
        assertThat(client.assignee("t-1")).isEmpty();

        status = 404;
        answer = "{\"status\":404}";
        assertThat(client.assignee("t-1")).isEmpty();
    }

    @Test
    void shouldAcceptAnAssigneeObject() {
        JsonNode ticket = json.readTree("{\"assignee\":{\"agentId\":\"agent-sales-2\",\"name\":\"Finn\"}}");

        assertThat(GatewayClient.assigneeOf(ticket)).contains("agent-sales-2");
    }

    @Test
    void shouldFailWithTheStatusWhenTheGatewayRefuses() {
        status = 409;
        answer = "{\"title\":\"Conflict\"}";

        assertThatThrownBy(() -> client.postEvent("t-1", Map.of("type", "STATUS_CHANGED", "status", "SOLVED")))
                .isInstanceOf(GatewayClient.GatewayException.class)
                .hasMessageContaining("409")
                .hasMessageContaining("/tickets/t-1/events");
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] request = exchange.getRequestBody().readAllBytes();
        JsonNode body = request.length == 0 ? json.createObjectNode() : json.readTree(request);
        calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("X-API-Key"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"), body));
        byte[] response = answer.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, response.length);
        exchange.getResponseBody().write(response);
        exchange.close();
    }
}
