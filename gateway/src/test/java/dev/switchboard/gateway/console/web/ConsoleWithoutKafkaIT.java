package dev.switchboard.gateway.console.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.switchboard.gateway.caller.Role;
import dev.switchboard.gateway.support.DevKeys;
import dev.switchboard.gateway.support.GatewayClient;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.Disposable;

/**
 * The console's page is public and its sign-in endpoint answers, and both keep working when Kafka is not there: the
 * gateway starts anyway, and the stream says so instead of failing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "switchboard.gateway.stream.enabled=true",
        "switchboard.gateway.stream.metadata-timeout=500ms",
        "switchboard.gateway.stream.retry-backoff=500ms",
        "switchboard.gateway.rate-limit.enabled=false"})
@ActiveProfiles("local")
class ConsoleWithoutKafkaIT {

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void nobodyListening(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> "127.0.0.1:" + closedPort());
    }

    @BeforeEach
    void client() {
        client = GatewayClient.to(port);
    }

    @Test
    void shouldServeTheConsolePageAndItsFilesWithoutACredential() {
        client.get().uri("/").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectHeader().valueEquals("Content-Security-Policy", ConsoleHeadersWebFilter.POLICY)
                .expectBody(String.class).value(html -> assertThat(html)
                        .contains("<title>Switchboard console</title>")
                        .contains("/console/app.js"));
        for (String file : List.of("/index.html", "/console/app.js", "/console/app.css", "/console/favicon.svg")) {
            client.get().uri(file).exchange().expectStatus().isOk();
        }
        client.get().uri("/favicon.ico").exchange()
                .expectStatus().isPermanentRedirect()
                .expectHeader().location("/console/favicon.svg");
    }

    @Test
    void shouldKeepTheApiClosedAndEverythingElseDenied() {
        client.get().uri("/api/v1/queues").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/v1/gateway/me").exchange().expectStatus().isUnauthorized();
        client.get().uri("/console-secrets.txt").exchange().expectStatus().isUnauthorized();
        client.post().uri("/").exchange().expectStatus().value(status -> assertThat(status).isIn(401, 403, 405));
    }

    @Test
    void shouldTellTheConsoleWhoTheCredentialBelongsTo() {
        client.get().uri("/api/v1/gateway/me").header("X-API-Key", DevKeys.keyOf(Role.AGENT)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.name").isEqualTo(DevKeys.nameOf(Role.AGENT))
                .jsonPath("$.role").isEqualTo("AGENT")
                .jsonPath("$.agentId").isEqualTo("agent-dev");
        // the console refuses PLATFORM itself: it needs to learn the role to do so
        client.get().uri("/api/v1/gateway/me").header("X-API-Key", DevKeys.keyOf(Role.PLATFORM)).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.role").isEqualTo("PLATFORM");
    }

    @Test
    void shouldStartAndReportTheStreamUnavailableWhenKafkaDoesNotAnswer() {
        List<ServerSentEvent<String>> received = new CopyOnWriteArrayList<>();
        Disposable stream = WebClient.create("http://127.0.0.1:" + port).get().uri("/api/v1/stream")
                .accept(MediaType.TEXT_EVENT_STREAM).header("X-API-Key", DevKeys.keyOf(Role.MANAGER))
                .retrieve().bodyToFlux(new ParameterizedTypeReference<ServerSentEvent<String>>() {
                })
                .subscribe(received::add);
        try {
            await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(received)
                    .anySatisfy(event -> {
                        assertThat(event.event()).isEqualTo("status");
                        assertThat(event.data()).isEqualTo("{\"feed\":\"UNAVAILABLE\"}");
                    }));
        } finally {
            stream.dispose();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
