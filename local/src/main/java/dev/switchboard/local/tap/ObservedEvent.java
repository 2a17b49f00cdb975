package dev.switchboard.local.tap;

import java.util.Map;
import java.util.Optional;

/**
 * One record read back from a topic, reduced to what a measurement or an audit needs: the CloudEvents envelope, the
 * broker's timestamp and the top-level scalar fields of the JSON data as text.
 *
 * @param timestampMs the record's timestamp (the producer's create time), in epoch milliseconds
 * @param data        top-level scalar fields of the value; empty when the value is not a JSON object
 * @param readable    false for a value that is not JSON (e.g. a poison record)
 * @param valueSize   the value's length in bytes
 */
public record ObservedEvent(String topic, int partition, long offset, String key, String id, String type,
                            long timestampMs, Map<String, String> data, boolean readable,
                            int valueSize) {

    public ObservedEvent {
        data = Map.copyOf(data);
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(data.get(name));
    }

    /** The ticket an event of a ticket-keyed topic is about: its {@code ticketId} field, else the record key. */
    public String ticketId() {
        return data.getOrDefault("ticketId", key);
    }
}
