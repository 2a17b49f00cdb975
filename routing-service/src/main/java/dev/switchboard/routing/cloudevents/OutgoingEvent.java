package dev.switchboard.routing.cloudevents;

import dev.switchboard.events.Topic;

import java.time.Instant;

/** One CloudEvent to write: {@code key} and {@code subject} are the entity id, {@code data} the event record. */
public record OutgoingEvent(Topic topic, String key, String id, String type, String subject, Instant time,
                           Record data) {
}
