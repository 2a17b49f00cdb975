package dev.switchboard.routing.cloudevents;

import dev.switchboard.events.Topic;

import java.time.Instant;
import java.util.Map;

/**
 * One CloudEvent to write: {@code key} and {@code subject} are the entity id, {@code data} the event record;
 * {@code extraFields} are written into the data's JSON next to the record's own fields (fields the contract's record
 * does not carry yet).
 */
public record OutgoingEvent(Topic topic, String key, String id, String type, String subject, Instant time,
                           Record data, Map<String, Object> extraFields) {

    public OutgoingEvent {
        extraFields = extraFields == null ? Map.of() : Map.copyOf(extraFields);
    }

    public OutgoingEvent(Topic topic, String key, String id, String type, String subject, Instant time, Record data) {
        this(topic, key, id, type, subject, time, data, Map.of());
    }
}
