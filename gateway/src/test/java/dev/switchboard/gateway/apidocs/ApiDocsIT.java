package dev.switchboard.gateway.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.gateway.support.GatewayClient;
import dev.switchboard.gateway.support.StubService;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;

/** One API document: ticket-service describes itself, the others have no document yet (or are down). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class ApiDocsIT {

    private static final String TICKET_DOC = """
            {"openapi":"3.1.0","info":{"title":"ticket-service","version":"1"},
             "paths":{"/api/v1/tickets":{"post":{"summary":"Create a ticket","responses":{"201":{"description":"ok"}}}},
                      "/actuator/health":{"get":{"responses":{"200":{"description":"up"}}}}},
             "components":{"schemas":{"Ticket":{"type":"object"}}}}""";
    private static final DisposableServer TICKET = HttpServer.create().host("127.0.0.1").port(0)
            .route(routes -> routes.get("/v3/api-docs", (request, response) -> response
                    .header("Content-Type", "application/json").sendString(Mono.just(TICKET_DOC))))
            .bindNow();
    private static final StubService WITHOUT_DOCS = new StubService("routing");

    @LocalServerPort
    int port;

    WebTestClient client;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("switchboard.gateway.services.ticket", () -> "http://127.0.0.1:" + TICKET.port());
        registry.add("switchboard.gateway.services.routing", WITHOUT_DOCS::baseUrl);
        registry.add("switchboard.gateway.services.sla", () -> "http://127.0.0.1:" + StubService.closedPort());
        registry.add("switchboard.gateway.services.analytics", WITHOUT_DOCS::baseUrl);
    }

    @AfterAll
    static void stopServices() {
        TICKET.disposeNow();
        WITHOUT_DOCS.close();
    }

    @BeforeEach
    void client() {
        client = GatewayClient.to(port);
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldServeOneDocumentOfEveryServiceThatHasOneWithTheSecuritySchemes() {
        // when / then, without a credential
        client.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/api/v1/tickets'].post.summary").isEqualTo("Create a ticket")
                .jsonPath("$.paths['/api/v1/gateway/api-keys/{name}'].put").exists()
                .jsonPath("$.paths['/actuator/health']").doesNotExist()
                .jsonPath("$.components.schemas.Ticket").exists()
                .jsonPath("$.components.securitySchemes.apiKey.name").isEqualTo("X-API-Key")
                .jsonPath("$.components.securitySchemes.bearerToken.scheme").isEqualTo("bearer")
                .jsonPath("$.x-switchboard-missing-docs").value(missing -> assertThat((List<Object>) missing)
                        .containsExactlyInAnyOrder("routing-service", "sla-service", "analytics-service"));
    }

    @Test
    void shouldServeSwaggerUiWithoutACredential() {
        // when / then
        client.get().uri("/swagger-ui.html").exchange()
                .expectStatus().value(status -> assertThat(status).isIn(200, 302));
        client.get().uri("/v3/api-docs/gateway/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.url").isEqualTo("/v3/api-docs");
    }
}
