package dev.switchboard.ticket.lifecycle;

import java.time.Instant;

/** An event a decision raised: its {@code ce_id}, {@code ce_time} and data record. */
public record RaisedEvent(String id, Instant time, Record data) {
}
