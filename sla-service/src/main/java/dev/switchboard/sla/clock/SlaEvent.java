package dev.switchboard.sla.clock;

import java.time.Instant;
import java.util.Objects;

/**
 * An event a clock raised: {@code id} is derived from the fact (ticket, metric, cycle, what happened), so raising it
 * again after a crash or a retry yields the same {@code ce_id}; {@code time} is when the fact happened.
 */
public record SlaEvent(String id, String ticketId, Instant time, Record data) {

    public SlaEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }
}
