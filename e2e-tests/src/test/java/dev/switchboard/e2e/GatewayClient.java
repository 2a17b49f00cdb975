package dev.switchboard.e2e;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** What a client of the public API does: JSON over HTTP to the gateway, with an API key. */
final class GatewayClient {

    record Answer(int status, JsonNode body, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /**
     * Straight calls check that a service answers, not how fast (the bench measures that): on a 2-core CI machine
     * running seven JVMs, a service's first scrape or probe can stall behind JIT and GC for several seconds.
     */
    private static final Duration DIRECT_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    GatewayClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    Answer get(String path, String apiKey) {
        return send(request(baseUrl + path, apiKey).GET());
    }

    Answer getAbsolute(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(DIRECT_TIMEOUT).GET());
    }

    /** A GET straight to a service, with headers a caller might forge, e.g. {@code "X-Switchboard-Role", "ADMIN"}. */
    Answer getAbsolute(String url, String... headerNamesAndValues) {
        return send(HttpRequest.newBuilder(URI.create(url)).timeout(DIRECT_TIMEOUT)
                .headers(headerNamesAndValues).GET());
    }

    Answer post(String path, String apiKey, String json) {
        return send(request(baseUrl + path, apiKey).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Answer put(String path, String apiKey, String json) {
        return send(request(baseUrl + path, apiKey).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpRequest.Builder request(String url, String apiKey) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(15));
        return apiKey == null ? builder : builder.header("X-API-Key", apiKey);
    }

    private Answer send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String text = response.body();
            JsonNode body = text == null || text.isBlank() || !text.trim().startsWith("{") && !text.trim().startsWith("[")
                    ? null : JSON.readTree(text);
            return new Answer(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
