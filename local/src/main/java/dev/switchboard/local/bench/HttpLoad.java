package dev.switchboard.local.bench;

import dev.switchboard.identity.IdentityTokenSigner;
import dev.switchboard.identity.IdentityTokenVerifier;
import dev.switchboard.identity.VerifiedCaller;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * A closed-loop HTTP load on 127.0.0.1, through the gateway or straight to a service: {@code concurrency} callers
 * each send their next request when the previous one was answered, until {@code total} requests were sent or
 * {@code limit} passed. Closed loop, because an accepted create means "durable in Kafka", and the figure wanted is how
 * many of those the system gives.
 */
final class HttpLoad {

    static final String PLATFORM_KEY = "dev-platform-key";

    /**
     * @param accepted  requests answered 2xx
     * @param events    events those carried (a batch item counts one)
     * @param latencies milliseconds from send to answer of every accepted request
     */
    record Outcome(long accepted, long failed, long events, Duration elapsed, Percentiles latencies) {

        double eventsPerSecond() {
            return elapsed.isZero() ? 0 : events * 1e9 / elapsed.toNanos();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();
    private static final VerifiedCaller BENCH_PLATFORM = new VerifiedCaller("PLATFORM", "bench", null, "bench");

    private final String apiUrl;
    /** Signs as the gateway would when calling a service directly; null through the gateway. */
    private final IdentityTokenSigner gatewayStandIn;
    private final String audience;

    private HttpLoad(String baseUrl, IdentityTokenSigner gatewayStandIn, String audience) {
        this.apiUrl = baseUrl + "/api/v1";
        this.gatewayStandIn = gatewayStandIn;
        this.audience = audience;
    }

    /** Calls authenticated by API key, as platforms and managers call. */
    static HttpLoad throughGateway(String gatewayUrl) {
        return new HttpLoad(gatewayUrl, null, null);
    }

    /**
     * Calls to one service with the identity token the gateway would sign (a PLATFORM named {@code bench}, with the
     * local profile's published secret), to show what the gateway's hop costs.
     */
    static HttpLoad directTo(String serviceUrl, String serviceName) {
        return new HttpLoad(serviceUrl, new IdentityTokenSigner(IdentityTokenVerifier.LOCAL_SECRET), serviceName);
    }

    /**
     * @param body          the n-th request's body
     * @param eventsPerCall how many events one accepted request carries (1, or the batch size)
     */
    Outcome run(String path, LongFunction<String> body, int eventsPerCall, long total, int concurrency,
                Duration limit) {
        AtomicLong next = new AtomicLong();
        AtomicLong accepted = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong events = new AtomicLong();
        Queue<Long> latencies = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + limit.toNanos();
        long start = System.nanoTime();
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < concurrency; c++) {
                callers.submit(() -> {
                    long n;
                    while ((n = next.getAndIncrement()) < total && System.nanoTime() < deadline) {
                        String payload = body.apply(n);
                        long sent = System.nanoTime();
                        int status = post(path, payload);
                        if (status / 100 == 2) {
                            latencies.add((System.nanoTime() - sent) / 1_000_000);
                            accepted.incrementAndGet();
                            events.addAndGet(eventsPerCall);
                        } else {
                            failed.incrementAndGet();
                        }
                    }
                });
            }
        }
        return new Outcome(accepted.get(), failed.get(), events.get(), Duration.ofNanos(System.nanoTime() - start),
                new Percentiles(latencies.stream().mapToLong(Long::longValue).toArray()));
    }

    /** Sends one create and returns the new ticket's id, or throws: for the latency phases that pace themselves. */
    String createOne(String body) {
        HttpResponse<String> response = send("/tickets", body);
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /tickets answered " + response.statusCode() + ": " + response.body());
        }
        int at = response.body().indexOf("\"id\":\"");
        return response.body().substring(at + 6, response.body().indexOf('"', at + 6));
    }

    /** @return the status, or 599 when no answer came */
    int put(String path, String key, String body) {
        try {
            return send("PUT", path, key, body).statusCode();
        } catch (RuntimeException e) {
            return 599;
        }
    }

    /** @return the status, or 599 when no answer came */
    int get(String path, String key) {
        try {
            return send("GET", path, key, null).statusCode();
        } catch (RuntimeException e) {
            return 599;
        }
    }

    private int post(String path, String body) {
        try {
            return send(path, body).statusCode();
        } catch (RuntimeException e) {
            return 599;
        }
    }

    private HttpResponse<String> send(String path, String body) {
        return send("POST", path, PLATFORM_KEY, body);
    }

    private HttpResponse<String> send(String method, String path, String key, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(apiUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (gatewayStandIn != null) {
            builder.header(IdentityTokenVerifier.HEADER, gatewayStandIn.sign(BENCH_PLATFORM, audience, method,
                    URI.create(apiUrl + path).getPath(), Instant.now(), Duration.ofSeconds(30)));
        } else {
            builder.header("X-API-Key", key);
        }
        if (body == null) {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            builder.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpRequest request = builder.build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
