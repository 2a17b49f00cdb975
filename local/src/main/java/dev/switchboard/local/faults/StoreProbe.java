package dev.switchboard.local.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;

import tools.jackson.databind.json.JsonMapper;

/** Asks the stores, through the gateway as a manager would, what they hold. */
final class StoreProbe {

    private static final String MANAGER_KEY = "dev-manager-key";
    private static final String ADMIN_KEY = "dev-admin-key";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String apiUrl;

    StoreProbe(String gatewayUrl) {
        this.apiUrl = gatewayUrl + "/api/v1";
    }

    boolean ticketInView(String ticketId) {
        return call("GET", "/tickets/" + ticketId, MANAGER_KEY, null).statusCode() == 200;
    }

    /** {@code created} of the analytics summary over all time; empty when analytics does not answer. */
    OptionalLong analyticsCreated() {
        HttpResponse<String> answer = call("GET",
                "/analytics/summary?from=2000-01-01T00:00:00Z&to=2100-01-01T00:00:00Z", MANAGER_KEY, null);
        if (answer.statusCode() != 200) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(json.readTree(answer.body()).path("created").asLong());
    }

    /** @return the status of {@code PUT /sla/policies/{name}} */
    int putPolicy(String name, String body) {
        return call("PUT", "/sla/policies/" + name, ADMIN_KEY, body).statusCode();
    }

    private HttpResponse<String> call(String method, String path, String key, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiUrl + path)).timeout(Duration.ofSeconds(10))
                .header("X-API-Key", key).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
