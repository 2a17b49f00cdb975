package dev.switchboard.gateway.apidocs;

import dev.switchboard.gateway.apikey.web.ApiKeyAuthenticationConverter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One OpenAPI document out of each service's: their {@code /api/**} paths and components side by side, the gateway's
 * security schemes on top. A service without a document is named in {@code x-switchboard-missing-docs} instead of
 * failing the whole document; a component two services define differently keeps the first and is named in
 * {@code x-switchboard-conflicts}.
 */
final class ApiDocsMerger {

    static final String API_KEY_SCHEME = "apiKey";
    static final String BEARER_SCHEME = "bearerToken";

    private final JsonMapper json;

    ApiDocsMerger(JsonMapper json) {
        this.json = json;
    }

    /** @param documents each service's document by its name, empty when it has none (or did not answer in time) */
    ObjectNode merge(Map<String, Optional<JsonNode>> documents) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", "3.1.0");
        merged.putObject("info")
                .put("title", "Switchboard API")
                .put("version", "v1")
                .put("description", "Every path through the gateway; send X-API-Key or Authorization: Bearer.");
        merged.putArray("servers").addObject().put("url", "/");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");
        List<String> missing = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        ArrayNode tags = json.createArrayNode();

        documents.forEach((service, document) -> {
            if (document.isEmpty() || !document.get().path("paths").isObject()) {
                missing.add(service);
                return;
            }
            JsonNode doc = document.get();
            doc.path("paths").properties().forEach(path -> {
                // a service's other paths (actuator, its own docs) are not reachable through the gateway
                if (path.getKey().startsWith("/api/") && !paths.has(path.getKey())) {
                    paths.set(path.getKey(), path.getValue());
                }
            });
            doc.path("components").properties().forEach(section -> {
                ObjectNode target = components.has(section.getKey())
                        ? (ObjectNode) components.get(section.getKey())
                        : components.putObject(section.getKey());
                section.getValue().properties().forEach(component -> {
                    JsonNode existing = target.get(component.getKey());
                    if (existing == null) {
                        target.set(component.getKey(), component.getValue());
                    } else if (!existing.equals(component.getValue())) {
                        conflicts.add(section.getKey() + "/" + component.getKey() + " (" + service + ")");
                    }
                });
            });
            doc.path("tags").forEach(tags::add);
        });

        ObjectNode schemes = components.has("securitySchemes")
                ? (ObjectNode) components.get("securitySchemes")
                : components.putObject("securitySchemes");
        schemes.putObject(API_KEY_SCHEME).put("type", "apiKey").put("in", "header")
                .put("name", ApiKeyAuthenticationConverter.HEADER);
        schemes.putObject(BEARER_SCHEME).put("type", "http").put("scheme", "bearer").put("bearerFormat", "JWT");
        ArrayNode security = merged.putArray("security");
        security.addObject().putArray(API_KEY_SCHEME);
        security.addObject().putArray(BEARER_SCHEME);
        if (!tags.isEmpty()) {
            merged.set("tags", tags);
        }
        ArrayNode missingNode = merged.putArray("x-switchboard-missing-docs");
        missing.forEach(missingNode::add);
        if (!conflicts.isEmpty()) {
            ArrayNode conflictNode = merged.putArray("x-switchboard-conflicts");
            conflicts.forEach(conflictNode::add);
        }
        return merged;
    }
}
