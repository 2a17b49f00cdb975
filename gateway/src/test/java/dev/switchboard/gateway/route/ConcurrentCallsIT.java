package dev.switchboard.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import dev.switchboard.gateway.support.DevKeys;
import dev.switchboard.gateway.caller.Role;
import dev.switchboard.gateway.support.StubService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Many callers at once on a slow service are all served: the gateway neither refuses them (Spring Cloud CircuitBreaker
 * wraps every route in a Resilience4j bulkhead of 25 concurrent calls by default, which answered 500 to the bench's
 * 32 callers) nor opens the service's breaker over them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "switchboard.gateway.rate-limit.enabled=false")
@ActiveProfiles("local")
class ConcurrentCallsIT {

    private static final int CALLERS = 64;
    private static final StubService TICKET = new StubService("ticket");
    private static final StubService OTHER = new StubService("other");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("switchboard.gateway.services.ticket", TICKET::baseUrl);
        registry.add("switchboard.gateway.services.routing", OTHER::baseUrl);
        registry.add("switchboard.gateway.services.sla", OTHER::baseUrl);
        registry.add("switchboard.gateway.services.analytics", OTHER::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        List.of(TICKET, OTHER).forEach(StubService::close);
    }

    @Test
    void shouldServeSixtyFourConcurrentCallersOfASlowServiceWithoutRefusingAny() throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpRequest busy = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tickets/busy"))
                .header("X-API-Key", DevKeys.keyOf(Role.PLATFORM)).timeout(Duration.ofSeconds(30)).GET().build();
        // a first call pays for the route's lazy parts, so the concurrent ones below all meet a warm gateway
        assertThat(http.send(busy, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);

        List<Integer> statuses;
        try (ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Integer>> answers = IntStream.range(0, CALLERS)
                    .mapToObj(i -> callers.submit(() -> http.send(busy, HttpResponse.BodyHandlers.discarding())
                            .statusCode()))
                    .toList();
            statuses = answers.stream().map(ConcurrentCallsIT::await).toList();
        }

        assertThat(statuses).hasSize(CALLERS).containsOnly(200);
        assertThat(TICKET.received()).hasSize(CALLERS + 1);
    }

    private static int await(Future<Integer> answer) {
        try {
            return answer.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
