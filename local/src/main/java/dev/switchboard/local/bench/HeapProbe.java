package dev.switchboard.local.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * Reads one service's live heap from outside with the JDK's own tool: {@code jcmd <pid> GC.class_histogram} collects
 * first and then counts the bytes of the objects still reachable, to the byte. The heap pools' {@code used} (what
 * {@code jvm_memory_used_bytes} exports) are no substitute after a full GC: G1 counts eden by whole regions (1 MB at
 * the services' 384 MB), so the few regions threads allocate between the collection and the scrape moved the figure by
 * megabytes, as much as 30,000 clocks weigh (one run printed -2 bytes per clock).
 */
final class HeapProbe {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ClassHistogram liveObjects(long pid) {
        return ClassHistogram.parse(Jcmd.run(pid, "GC.class_histogram"));
    }

    OptionalDouble metric(String serviceBaseUrl, String metric, String... labelParts) {
        return PrometheusText.sum(scrape(serviceBaseUrl), metric, labelParts);
    }

    private String scrape(String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(30)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(baseUrl + "/actuator/prometheus answered " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot scrape " + baseUrl + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
