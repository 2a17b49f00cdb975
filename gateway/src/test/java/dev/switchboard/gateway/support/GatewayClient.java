package dev.switchboard.gateway.support;

import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

/** A WebTestClient for a gateway started on a random port, as every gateway IT calls it. */
public final class GatewayClient {

    /**
     * WebTestClient's default of 5 s failed non-first requests now and then in full builds on a 2-core machine shared
     * with other JVMs, and never on a rerun: a slow answer, not a lost one. A hang still fails, later.
     */
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    private GatewayClient() {
    }

    public static WebTestClient to(int port) {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(RESPONSE_TIMEOUT)
                .build();
    }
}
