package dev.switchboard.gateway.stream.kafka;

import dev.switchboard.gateway.stream.IncomingEvent;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a CloudEvents binary-mode record into what the console receives:
 * {@code {type, id, topic, subject, time, data}}, {@code data} being the event's own JSON. A value that is not JSON
 * is passed on as {@code data: null} rather than dropped: the stream reports, it does not validate.
 */
final class CloudEventRecords {

    private final JsonMapper json;

    CloudEventRecords(JsonMapper json) {
        this.json = json;
    }

    IncomingEvent read(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        String type = IncomingEvent.shortType(header(headers, "type"));
        String subject = Optional.ofNullable(record.key()).orElse(header(headers, "subject"));
        JsonNode data = parse(record.value());
        ObjectNode payload = json.createObjectNode();
        payload.put("type", type);
        payload.put("id", header(headers, "id"));
        payload.put("topic", record.topic());
        payload.put("subject", subject);
        payload.put("time", header(headers, "time"));
        payload.set("data", data);
        Optional<String> agentId = Optional.ofNullable(data)
                .map(node -> node.get("agentId"))
                .filter(JsonNode::isString)
                .map(JsonNode::asString);
        return new IncomingEvent(record.topic(), type, subject, agentId, json.writeValueAsString(payload));
    }

    private JsonNode parse(byte[] value) {
        if (value == null || value.length == 0) {
            return null;
        }
        try {
            return json.readTree(value);
        } catch (JacksonException e) {
            return null;
        }
    }

    /** {@code ce_<name>}, or the canonical {@code ce-<name>} some producers write. */
    private static String header(Headers headers, String name) {
        Header header = headers.lastHeader("ce_" + name);
        if (header == null) {
            header = headers.lastHeader("ce-" + name);
        }
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
