package dev.switchboard.ticket.kafka;

import dev.switchboard.events.EventCatalog;
import dev.switchboard.events.EventType;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** JSON of the contract's event records, the one place that knows how they are written and read. */
@Component
public class EventJson {

    private final JsonMapper mapper;

    public EventJson(JsonMapper mapper) {
        // readers ignore unknown fields: producers may add fields at any time (CONTRACT.md)
        this.mapper = mapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    public byte[] write(Record event) {
        return mapper.writeValueAsBytes(event);
    }

    public <T> T read(byte[] json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (JacksonException e) {
            throw new UnreadableEventException("not a valid " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    public static String typeOf(Record event) {
        return EventCatalog.ALL.stream()
                .filter(t -> t.dataClass() == event.getClass())
                .map(EventType::type)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a contract event: " + event.getClass()));
    }
}
