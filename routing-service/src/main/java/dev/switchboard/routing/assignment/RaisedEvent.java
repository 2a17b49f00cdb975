package dev.switchboard.routing.assignment;

import java.time.Instant;
import java.util.Map;

/**
 * An event the engine raised: {@code id} is derived from the fact (for example {@code <ticketId>:assigned:<n>}) so
 * that a decision repeated after a crash carries the same id; {@code subject} is the ticket id. {@code details} are
 * fields the contract's record does not have yet (the expansion step, the strategy); the publisher adds them to the
 * JSON, which readers that ignore unknown fields accept.
 */
public record RaisedEvent(String id, String type, String subject, Instant time, Record data,
                          Map<String, Object> details) {

    public RaisedEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    public RaisedEvent(String id, String type, String subject, Instant time, Record data) {
        this(id, type, subject, time, data, Map.of());
    }
}
