package dev.switchboard.ticket.view;

import java.time.Instant;

/** A consumed event: its {@code ce_id} (the deduplication key), {@code ce_time}, and its data record. */
public record AppliedEvent(String id, Instant time, Record data) {
}
