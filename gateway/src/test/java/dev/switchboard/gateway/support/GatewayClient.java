package dev.switchboard.gateway.support;

import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Duration;

/** A WebTestClient for a gateway started on a random port, as every gateway IT calls it. */
public final class GatewayClient {

    /**
     * Room for a slow answer on a 2-core machine shared with other JVMs. The non-first requests that once failed here
     * now and then, at 5 s and then at 30 s, were not slow but unread: Reactor Netty's keep-alive bug that
     * {@code KeepAliveIT} pins down.
     */
    private static final Duration RESPONSE_TIMEOUT = Duration.ofSeconds(30);

    private GatewayClient() {
    }

    public static WebTestClient to(int port) {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(RESPONSE_TIMEOUT)
                .build();
    }
}
