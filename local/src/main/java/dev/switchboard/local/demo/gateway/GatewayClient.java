package dev.switchboard.local.demo.gateway;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.switchboard.local.demo.ContactCenterApi;
import dev.switchboard.local.demo.DemoAgent;
import dev.switchboard.local.demo.NewTicket;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's only way into Switchboard: the gateway's REST API under {@code /api/v1}, with the local profile's
 * development keys (admin configures agents, platform creates tickets and posts events, manager reads).
 */
public final class GatewayClient implements ContactCenterApi {

    static final String PLATFORM_KEY = "dev-platform-key";
    static final String MANAGER_KEY = "dev-manager-key";
    static final String ADMIN_KEY = "dev-admin-key";
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final String apiUrl;
    private final HttpClient http;
    private final JsonMapper json;

    /** @param gatewayUrl e.g. {@code http://127.0.0.1:8080} */
    public GatewayClient(String gatewayUrl) {
        this.apiUrl = gatewayUrl + "/api/v1";
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        this.json = JsonMapper.builder().build();
    }

    @Override
    public void configureAgent(DemoAgent agent) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", agent.name());
        body.put("team", agent.team());
        body.put("tier", agent.tier());
        body.put("skills", agent.skills());
        body.put("capacity", agent.capacity());
        send("PUT", "/agents/" + agent.id(), ADMIN_KEY, body, Map.of());
    }

    @Override
    public void setPresence(String agentId, String status) {
        send("PUT", "/agents/" + agentId + "/presence", PLATFORM_KEY, Map.of("status", status), Map.of());
    }

    @Override
    public String createTicket(NewTicket ticket) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("id", ticket.customerId());
        customer.put("name", ticket.customerName());
        customer.put("tier", ticket.customerTier().name());
        customer.put("language", ticket.language());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", ticket.externalId());
        body.put("channel", ticket.channel().name());
        body.put("subject", ticket.subject());
        body.put("description", ticket.description());
        body.put("priority", ticket.priority().name());
        body.put("customer", customer);
        body.put("team", ticket.team());
        body.put("skills", ticket.skills());
        body.put("tags", ticket.tags());
        // a retried create then yields the same ticket instead of a second one
        JsonNode created = send("POST", "/tickets", PLATFORM_KEY, body, Map.of("Idempotency-Key", ticket.externalId()));
        return created.path("id").asString();
    }

    @Override
    public Optional<String> assignee(String ticketId) {
        HttpResponse<String> response = exchange("GET", "/tickets/" + ticketId, MANAGER_KEY, null, Map.of());
        if (response.statusCode() == 404) {
            // the ticket view follows Kafka and may not have the new ticket yet
            return Optional.empty();
        }
        return assigneeOf(parse(requireSuccess("GET", "/tickets/" + ticketId, response)));
    }

    /** The contract leaves the shape open: an agent id, or an object carrying it. */
    static Optional<String> assigneeOf(JsonNode ticket) {
        JsonNode assignee = ticket.path("assignee");
        if (assignee.isString() && !assignee.asString().isBlank()) {
            return Optional.of(assignee.asString());
        }
        for (String field : List.of("agentId", "id")) {
            if (assignee.path(field).isString()) {
                return Optional.of(assignee.path(field).asString());
            }
        }
        return Optional.empty();
    }

    @Override
    public void postEvent(String ticketId, Map<String, Object> event) {
        send("POST", "/tickets/" + ticketId + "/events", PLATFORM_KEY, event, Map.of());
    }

    private JsonNode send(String method, String path, String key, Object body, Map<String, String> headers) {
        return parse(requireSuccess(method, path, exchange(method, path, key, body, headers)));
    }

    private HttpResponse<String> exchange(String method, String path, String key, Object body,
                                          Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiUrl + path))
                .timeout(TIMEOUT)
                .header("X-API-Key", key)
                .header("Accept", "application/json");
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new GatewayException(method + " " + path + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GatewayException(method + " " + path + " interrupted");
        }
    }

    private static HttpResponse<String> requireSuccess(String method, String path, HttpResponse<String> response) {
        if (response.statusCode() / 100 != 2) {
            String body = response.body() == null ? "" : response.body();
            throw new GatewayException(method + " " + path + " answered " + response.statusCode() + ": "
                    + body.substring(0, Math.min(body.length(), 300)));
        }
        return response;
    }

    private JsonNode parse(HttpResponse<String> response) {
        String body = response.body();
        return body == null || body.isBlank() ? json.createObjectNode() : json.readTree(body);
    }

    /** A call to the gateway failed or was refused. */
    public static final class GatewayException extends RuntimeException {
        GatewayException(String message) {
            super(message);
        }
    }
}
