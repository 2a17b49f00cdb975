package dev.switchboard.gateway.apidocs;

import dev.switchboard.gateway.route.ServicesProperties;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /v3/api-docs}: the whole API in one document, for Swagger UI ({@code /swagger-ui.html}) and client generators.
 * Built from each service's {@code /v3/api-docs} and the gateway's own ({@code /v3/api-docs/gateway}, from springdoc)
 * and kept for a minute: the endpoint is public, so a flood of requests must not become a flood on the services.
 */
@RestController
@Hidden
class ApiDocsController {

    private static final Logger log = LoggerFactory.getLogger(ApiDocsController.class);
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(2);
    private static final Duration CACHED_FOR = Duration.ofMinutes(1);

    private final WebClient web;
    private final ApiDocsMerger merger;
    private final ServicesProperties services;
    private final Environment environment;
    private final Mono<ObjectNode> document;

    ApiDocsController(JsonMapper json, ServicesProperties services, Environment environment) {
        this.web = WebClient.create();
        this.merger = new ApiDocsMerger(json);
        this.services = services;
        this.environment = environment;
        this.document = Mono.defer(this::build).cache(CACHED_FOR);
    }

    @GetMapping(path = "/v3/api-docs", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<ObjectNode> apiDocs() {
        return document;
    }

    private Mono<ObjectNode> build() {
        Map<String, List<URI>> sources = new LinkedHashMap<>();
        sources.put("gateway", List.of(URI.create("http://127.0.0.1:" + environment.getProperty("local.server.port")
                + "/v3/api-docs/gateway").resolve("/")));
        services.instances().forEach(sources::put);
        return Flux.fromIterable(sources.entrySet())
                .concatMap(source -> fetch(source.getKey(), source.getValue(), source.getKey().equals("gateway")
                        ? "/v3/api-docs/gateway" : "/v3/api-docs")
                        .map(doc -> Map.entry(source.getKey(), Optional.of(doc)))
                        .defaultIfEmpty(Map.entry(source.getKey(), Optional.empty())))
                .collectList()
                .map(entries -> {
                    Map<String, Optional<JsonNode>> documents = new LinkedHashMap<>();
                    entries.forEach(entry -> documents.put(entry.getKey(), entry.getValue()));
                    return merger.merge(documents);
                });
    }

    /** The first instance that answers; a service with no document (yet) is simply left out. */
    private Mono<JsonNode> fetch(String service, List<URI> instances, String path) {
        return Flux.fromIterable(instances)
                .concatMap(base -> web.get().uri(base.resolve(path)).accept(MediaType.APPLICATION_JSON)
                        .retrieve()
                        .bodyToMono(JsonNode.class)
                        .timeout(FETCH_TIMEOUT)
                        .onErrorResume(error -> {
                            log.debug("No API document from {} at {}: {}", service, base, error.toString());
                            return Mono.empty();
                        }))
                .next();
    }
}
