package dev.switchboard.analytics.fact.messaging;

import dev.switchboard.analytics.fact.UnreadableEventException;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCatalog;
import dev.switchboard.events.EventType;
import org.springframework.messaging.Message;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads a CloudEvents binary-mode record into the event record its {@code ce_type} names. The required fields come
 * from the producer's JSON Schema (the one the events module checks its records against), so "missing required
 * field" means the same here as for the producer. An unknown type is not an error: newer producers may add types.
 */
public final class CloudEventReader {

    public record IncomingEvent(String id, String type, Object data) {
    }

    private final ObjectMapper mapper;
    private final Map<String, List<String>> requiredFieldsByType;

    public CloudEventReader(ObjectMapper mapper) {
        this.mapper = mapper;
        this.requiredFieldsByType = EventCatalog.ALL.stream()
                .collect(Collectors.toUnmodifiableMap(EventType::type, type -> requiredFields(mapper, type)));
    }

    /** The event, or empty when its type is unknown to the contract. */
    public Optional<IncomingEvent> read(Message<byte[]> message) {
        String id = header(message, CloudEventHeaders.ID);
        String type = header(message, CloudEventHeaders.TYPE);
        Optional<EventType> eventType = EventCatalog.byType(type);
        if (eventType.isEmpty()) {
            return Optional.empty();
        }
        JsonNode json = parse(message.getPayload(), id);
        for (String field : requiredFieldsByType.get(type)) {
            JsonNode value = json.get(field);
            if (value == null || value.isNull()) {
                throw new UnreadableEventException("Event " + id + " of type " + type + " lacks required field "
                        + field);
            }
        }
        try {
            Object data = mapper.readerFor(eventType.get().dataClass())
                    .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(json);
            return Optional.of(new IncomingEvent(id, type, data));
        } catch (JacksonException e) {
            throw new UnreadableEventException("Event " + id + " does not fit type " + type + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private JsonNode parse(byte[] payload, String id) {
        try {
            JsonNode json = payload == null ? null : mapper.readTree(payload);
            if (json == null || !json.isObject()) {
                throw new UnreadableEventException("Event " + id + " is not a JSON object");
            }
            return json;
        } catch (JacksonException e) {
            throw new UnreadableEventException("Event " + id + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Producers may hand a header to the binder as bytes or as a string; both arrive here. Spring Cloud Function may
     * present a {@code ce_*} header under its canonical CloudEvents name {@code ce-*}: both spellings are read.
     */
    private static String header(Message<byte[]> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value == null && name.startsWith("ce_")) {
            value = message.getHeaders().get("ce-" + name.substring(3));
        }
        String text = switch (value) {
            case null -> null;
            case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
            default -> value.toString();
        };
        if (text == null || text.isBlank()) {
            throw new UnreadableEventException("Record lacks the header " + name);
        }
        return text;
    }

    private static List<String> requiredFields(ObjectMapper mapper, EventType type) {
        try (InputStream schema = CloudEventReader.class.getClassLoader().getResourceAsStream(type.schemaResource())) {
            if (schema == null) {
                throw new IllegalStateException("No JSON Schema " + type.schemaResource() + " on the classpath");
            }
            List<String> required = new ArrayList<>();
            mapper.readTree(schema).path("required").values().forEach(field -> required.add(field.asString()));
            return List.copyOf(required);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
