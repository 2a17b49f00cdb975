package dev.switchboard.ticket.kafka;

import dev.switchboard.events.Topic;

import java.time.Instant;

/**
 * One CloudEvent ready to send: {@code key} is also the {@code ce_subject}; {@code data} is the JSON the record value
 * carries, kept as bytes so that a re-publication sends exactly what was first reserved.
 */
public record OutgoingEvent(Topic topic, String id, String type, String key, Instant time, byte[] data) {
}
