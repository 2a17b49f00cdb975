package dev.switchboard.gateway.bench;

import dev.switchboard.gateway.GatewayApplication;
import dev.switchboard.gateway.support.StubService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Requests/s and latency of a call through the gateway against the same call made directly to the service, measured in
 * the same run, alternating, so the figures are ratios under the same machine load. Not a test: run it by hand (see the
 * README), e.g.
 * {@code java -cp "$(cat /tmp/gw-cp.txt):target/classes:target/test-classes" dev.switchboard.gateway.bench.GatewayLatencyBenchmark}.
 *
 * <p>Arguments: seconds per phase (default 5), rounds (default 3), concurrency levels (default 1,8).
 */
public final class GatewayLatencyBenchmark {

    private record Phase(long requests, long[] latenciesNanos, double seconds) {

        double perSecond() {
            return requests / seconds;
        }

        double percentileMicros(double p) {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
            return sorted[Math.max(0, index)] / 1000.0;
        }
    }

    private GatewayLatencyBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int[] concurrencies = args.length > 2
                ? Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 8};
        try (StubService service = new StubService("ticket");
                ConfigurableApplicationContext gateway = new SpringApplicationBuilder(GatewayApplication.class)
                        .profiles("local")
                        .run("--server.port=0",
                                "--switchboard.gateway.services.ticket=" + service.baseUrl(),
                                "--switchboard.gateway.services.routing=" + service.baseUrl(),
                                "--switchboard.gateway.services.sla=" + service.baseUrl(),
                                "--switchboard.gateway.services.analytics=" + service.baseUrl(),
                                // measure the gateway's work, not a limit it would apply
                                "--switchboard.gateway.rate-limit.enabled=false",
                                "--logging.level.root=warn")) {
            String gatewayPort = gateway.getEnvironment().getProperty("local.server.port");
            URI direct = URI.create(service.baseUrl() + "/api/v1/tickets/t-1");
            URI viaGateway = URI.create("http://127.0.0.1:" + gatewayPort + "/api/v1/tickets/t-1");
            System.out.printf(Locale.ROOT, "%d s per phase, %d rounds, %d cores%n", seconds, rounds,
                    Runtime.getRuntime().availableProcessors());
            for (int concurrency : concurrencies) {
                // warm up both paths (JIT, connection pools) before anything counts
                run(direct, concurrency, Duration.ofSeconds(seconds));
                run(viaGateway, concurrency, Duration.ofSeconds(seconds));
                List<Phase> directPhases = new ArrayList<>();
                List<Phase> gatewayPhases = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    directPhases.add(run(direct, concurrency, Duration.ofSeconds(seconds)));
                    gatewayPhases.add(run(viaGateway, concurrency, Duration.ofSeconds(seconds)));
                }
                report(concurrency, merge(directPhases), merge(gatewayPhases));
            }
        }
    }

    private static Phase run(URI uri, int concurrency, Duration length) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("X-API-Key", "dev-manager-key")
                .timeout(Duration.ofSeconds(10)).GET().build();
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                ExecutorService workers = Executors.newFixedThreadPool(concurrency)) {
            long start = System.nanoTime();
            long deadline = start + length.toNanos();
            List<Future<long[]>> results = new ArrayList<>();
            for (int i = 0; i < concurrency; i++) {
                results.add(workers.submit(() -> {
                    long[] latencies = new long[1 << 16];
                    int count = 0;
                    while (System.nanoTime() < deadline) {
                        long sent = System.nanoTime();
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(uri + " answered " + response.statusCode());
                        }
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = System.nanoTime() - sent;
                    }
                    return Arrays.copyOf(latencies, count);
                }));
            }
            long[] all = new long[0];
            for (Future<long[]> result : results) {
                long[] part = result.get();
                long[] joined = Arrays.copyOf(all, all.length + part.length);
                System.arraycopy(part, 0, joined, all.length, part.length);
                all = joined;
            }
            return new Phase(all.length, all, (System.nanoTime() - start) / 1e9);
        }
    }

    private static Phase merge(List<Phase> phases) {
        long requests = phases.stream().mapToLong(Phase::requests).sum();
        double seconds = phases.stream().mapToDouble(Phase::seconds).sum();
        long[] latencies = phases.stream().flatMapToLong(p -> Arrays.stream(p.latenciesNanos())).toArray();
        return new Phase(requests, latencies, seconds);
    }

    private static void report(int concurrency, Phase direct, Phase gateway) {
        System.out.printf(Locale.ROOT,
                "concurrency %d | direct %.0f req/s, p50 %.0f µs, p99 %.0f µs | gateway %.0f req/s, p50 %.0f µs,"
                        + " p99 %.0f µs | gateway/direct throughput %.2f, added p50 %.0f µs, added p99 %.0f µs%n",
                concurrency, direct.perSecond(), direct.percentileMicros(50), direct.percentileMicros(99),
                gateway.perSecond(), gateway.percentileMicros(50), gateway.percentileMicros(99),
                gateway.perSecond() / direct.perSecond(),
                gateway.percentileMicros(50) - direct.percentileMicros(50),
                gateway.percentileMicros(99) - direct.percentileMicros(99));
    }
}
