package dev.switchboard.ticket.lifecycle;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * A lifecycle event that was decided and written to the ticket's document but not yet acknowledged by Kafka. It is
 * kept as the exact bytes to send, so that whoever publishes it (the request, a later request on the same ticket, or
 * the relay after a crash) sends the same record with the same {@code ce_id}.
 */
public record PendingEvent(String id, String type, Instant time, byte[] data) {

    @Override
    public boolean equals(Object other) {
        return other instanceof PendingEvent p && id.equals(p.id) && type.equals(p.type) && time.equals(p.time)
                && Arrays.equals(data, p.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, time, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "PendingEvent[" + id + ", " + type + ", " + time + ", " + data.length + " bytes]";
    }
}
