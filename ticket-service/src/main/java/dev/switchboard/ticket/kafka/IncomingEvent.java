package dev.switchboard.ticket.kafka;

import dev.switchboard.events.CloudEventHeaders;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHeaders;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The CloudEvents envelope of a consumed record; headers may arrive as {@code byte[]} or {@code String}. */
public record IncomingEvent(String id, String type, Instant time, byte[] data) {

    public static IncomingEvent from(Message<byte[]> message) {
        MessageHeaders headers = message.getHeaders();
        String id = attribute(headers, CloudEventHeaders.ID)
                .orElseThrow(() -> new UnreadableEventException("missing header " + CloudEventHeaders.ID));
        String type = attribute(headers, CloudEventHeaders.TYPE)
                .orElseThrow(() -> new UnreadableEventException("missing header " + CloudEventHeaders.TYPE));
        Instant time = attribute(headers, CloudEventHeaders.TIME).map(IncomingEvent::parseTime).orElse(null);
        return new IncomingEvent(id, type, time, message.getPayload());
    }

    /**
     * A CloudEvents attribute by its Kafka header name ({@code ce_id}). Spring Cloud Function recognises CloudEvents
     * on input and renames their headers to the canonical {@code ce-} prefix before the function sees them, so both
     * spellings are looked up.
     */
    public static Optional<String> attribute(MessageHeaders headers, String kafkaName) {
        return header(headers, kafkaName).or(() -> header(headers, "ce-" + kafkaName.substring("ce_".length())));
    }

    public static Optional<String> header(MessageHeaders headers, String name) {
        Object value = headers.get(name);
        if (value instanceof byte[] bytes) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_8));
        }
        return Optional.ofNullable(value).map(Object::toString);
    }

    private static Instant parseTime(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnreadableEventException("bad header " + CloudEventHeaders.TIME + ": " + value, e);
        }
    }
}
