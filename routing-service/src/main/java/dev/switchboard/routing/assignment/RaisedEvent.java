package dev.switchboard.routing.assignment;

import java.time.Instant;

/**
 * An event the engine raised: {@code id} is derived from the fact (for example {@code <ticketId>:assigned:<n>}) so
 * that a decision repeated after a crash carries the same id; {@code subject} is the ticket id.
 */
public record RaisedEvent(String id, String type, String subject, Instant time, Record data) {
}
