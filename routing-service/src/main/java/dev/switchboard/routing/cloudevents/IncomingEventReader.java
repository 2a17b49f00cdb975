package dev.switchboard.routing.cloudevents;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCatalog;
import dev.switchboard.events.EventType;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a consumed record into the contract's event record. Types this service does not consume are skipped (empty),
 * never an error; a record without id or type, with malformed JSON or without a field its JSON Schema requires is
 * unreadable. Readers ignore unknown fields, so only the schema's {@code required} list is checked.
 */
public class IncomingEventReader {

    private final JsonMapper jsonMapper;
    private final Set<String> consumedTypes;
    private final Map<String, List<String>> requiredFields = new ConcurrentHashMap<>();

    public IncomingEventReader(JsonMapper jsonMapper, Set<String> consumedTypes) {
        this.jsonMapper = jsonMapper;
        this.consumedTypes = Set.copyOf(consumedTypes);
    }

    public Optional<IncomingEvent> read(Map<String, Object> headers, byte[] payload) {
        String type = header(headers, CloudEventHeaders.TYPE);
        String id = header(headers, CloudEventHeaders.ID);
        if (type == null || id == null) {
            throw new UnreadableEventException("record without " + CloudEventHeaders.TYPE + " or "
                    + CloudEventHeaders.ID);
        }
        Optional<EventType> eventType = EventCatalog.byType(type)
                .filter(t -> consumedTypes.contains(t.type()));
        if (eventType.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IncomingEvent(id, type, parse(eventType.get(), id, payload)));
    }

    private Record parse(EventType type, String id, byte[] payload) {
        try {
            JsonNode tree = jsonMapper.readTree(payload == null ? new byte[0] : payload);
            if (tree == null || !tree.isObject()) {
                throw new UnreadableEventException("event " + id + " is not a JSON object");
            }
            List<String> missing = requiredFields(type).stream()
                    .filter(field -> !tree.hasNonNull(field))
                    .toList();
            if (!missing.isEmpty()) {
                throw new UnreadableEventException("event " + id + " of type " + type.type() + " lacks " + missing);
            }
            return jsonMapper.treeToValue(tree, type.dataClass());
        } catch (JacksonException e) {
            throw new UnreadableEventException("event " + id + " of type " + type.type() + " is not readable", e);
        }
    }

    private List<String> requiredFields(EventType type) {
        return requiredFields.computeIfAbsent(type.type(), t -> {
            try (InputStream schema = EventType.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
                if (schema == null) {
                    return List.of();
                }
                List<String> required = new ArrayList<>();
                jsonMapper.readTree(schema).path("required").forEach(field -> required.add(field.asString()));
                return List.copyOf(required);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The Kafka binder hands raw header bytes through; other paths may have turned them into strings already. Spring
     * Cloud Function recognises CloudEvents and may present {@code ce_type} as {@code ce-type}: both are looked up.
     */
    static String header(Map<String, Object> headers, String name) {
        Object value = headers.get(name);
        if (value == null && name.startsWith("ce_")) {
            value = headers.get("ce-" + name.substring(3));
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return value == null ? null : value.toString();
    }
}
