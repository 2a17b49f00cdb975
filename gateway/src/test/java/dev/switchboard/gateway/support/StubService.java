package dev.switchboard.gateway.support;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.LoopResources;
import tools.jackson.databind.json.JsonMapper;

/**
 * A stand-in for one service on a random port: answers every request with JSON naming the service, the method, the
 * raw path and query it received, its X-Switchboard-* and X-Request-Id headers and the body size. A path ending in
 * {@code /slow} is answered only after a minute, to let the gateway's response timeout fire; {@code /busy} after
 * half a second, as a service under load; a request with an {@value #DELAY_HEADER} header after that many
 * milliseconds.
 */
public final class StubService implements AutoCloseable {

    public record Received(String method, String uri) {
    }

    public static final String DELAY_HEADER = "X-Stub-Delay-Ms";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final DisposableServer server;
    /** Its own event loop, apart from the gateway's global one: closing it takes every connection down with it. */
    private final LoopResources loop;

    public StubService(String name) {
        this.name = name;
        this.loop = LoopResources.create("stub-" + name, 1, 1, true);
        this.server = HttpServer.create()
                .runOn(loop)
                .host("127.0.0.1")
                .port(0)
                .handle((request, response) -> request.receive().aggregate().asByteArray()
                        .defaultIfEmpty(new byte[0])
                        .flatMap(body -> {
                            received.add(new Received(request.method().name(), request.uri()));
                            Map<String, Object> echo = new TreeMap<>();
                            echo.put("service", name);
                            echo.put("method", request.method().name());
                            echo.put("uri", request.uri());
                            echo.put("bodyBytes", body.length);
                            Map<String, String> headers = new TreeMap<>();
                            request.requestHeaders().forEach(header -> {
                                String key = header.getKey().toLowerCase(Locale.ROOT);
                                if (key.startsWith("x-switchboard-") || key.equals("x-request-id")
                                        || key.equals("x-api-key")) {
                                    headers.merge(key, header.getValue(), (a, b) -> a + "," + b);
                                }
                            });
                            echo.put("headers", headers);
                            String delayMs = request.requestHeaders().get(DELAY_HEADER);
                            Mono<Void> delay = delayMs != null
                                    ? Mono.delay(Duration.ofMillis(Long.parseLong(delayMs))).then()
                                    : request.uri().endsWith("/slow")
                                    ? Mono.delay(Duration.ofMinutes(1)).then()
                                    : request.uri().endsWith("/busy")
                                    ? Mono.delay(Duration.ofMillis(500)).then()
                                    : Mono.empty();
                            String requestId = request.requestHeaders().get("X-Request-Id");
                            return delay.then(response
                                    .header("Content-Type", "application/json")
                                    // a service echoing the id must not make the gateway answer with two values
                                    .header("X-Request-Id", requestId == null ? "from-service" : requestId)
                                    .sendByteArray(Mono.just(JSON.writeValueAsBytes(echo)))
                                    .then());
                        }))
                .bindNow();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    public List<Received> received() {
        return received;
    }

    public String name() {
        return name;
    }

    /** Like a kill -9: open keep-alive connections die with the server, not just the listening socket. */
    @Override
    public void close() {
        server.disposeNow();
        loop.disposeLater(Duration.ZERO, Duration.ofSeconds(2)).block();
    }

    /** A port nothing listens on: bound, then released. */
    public static int closedPort() {
        DisposableServer probe = HttpServer.create().host("127.0.0.1").port(0).bindNow();
        int port = probe.port();
        probe.disposeNow();
        return port;
    }
}
