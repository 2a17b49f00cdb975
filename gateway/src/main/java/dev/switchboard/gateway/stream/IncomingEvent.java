package dev.switchboard.gateway.stream;

import java.util.Objects;
import java.util.Optional;

/**
 * One event as read from a topic, reduced to what the stream needs: who it concerns and the JSON the console receives.
 *
 * @param topic    the topic it was read from, e.g. {@code routing.events}
 * @param type     its short type, e.g. {@code routing.assigned} (from {@code ce_type}
 *                 {@code switchboard.routing.assigned.v1})
 * @param subject  the entity it is about: the record key (ticket id, agent id or team)
 * @param agentId  the agent its data names, if any ({@code agentId} of routing and agent events, of a reply)
 * @param payload  the JSON the console receives for it
 */
public record IncomingEvent(String topic, String type, String subject, Optional<String> agentId, String payload) {

    public IncomingEvent {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(payload, "payload");
    }

    /** {@code switchboard.routing.assigned.v1} → {@code routing.assigned}; anything else is kept as it is. */
    public static String shortType(String ceType) {
        if (ceType == null || ceType.isBlank()) {
            return "unknown";
        }
        String type = ceType.startsWith("switchboard.") ? ceType.substring("switchboard.".length()) : ceType;
        int version = type.lastIndexOf(".v");
        if (version > 0 && type.substring(version + 2).chars().allMatch(Character::isDigit)
                && version + 2 < type.length()) {
            type = type.substring(0, version);
        }
        return type;
    }
}
