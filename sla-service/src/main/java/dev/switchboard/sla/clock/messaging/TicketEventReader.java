package dev.switchboard.sla.clock.messaging;

import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.events.EventCatalog;
import dev.switchboard.events.EventType;
import dev.switchboard.events.ticket.CustomerMessageReceived;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;
import org.springframework.messaging.Message;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a CloudEvents binary-mode record of {@code tickets.events} into the event record it carries. Types that do
 * not move SLA clocks are skipped unread; a record of a relevant type that cannot be read throws, so that the
 * binder sends it to the DLQ.
 */
final class TicketEventReader {

    /** A ticket event with its ce_id. */
    record ReadEvent(String id, Record data) {
    }

    private static final Set<Class<? extends Record>> RELEVANT = Set.of(TicketCreated.class,
            TicketReplied.class, CustomerMessageReceived.class, TicketStatusChanged.class,
            TicketPriorityChanged.class, TicketTeamChanged.class, TicketReopened.class);

    private final JsonMapper json;

    TicketEventReader(JsonMapper json) {
        this.json = json;
    }

    Optional<ReadEvent> read(Message<byte[]> message) {
        String type = header(message, CloudEventHeaders.TYPE);
        if (type == null) {
            throw new UnreadableEventException("no " + CloudEventHeaders.TYPE + " header");
        }
        Optional<EventType> eventType = EventCatalog.byType(type).filter(t -> RELEVANT.contains(t.dataClass()));
        if (eventType.isEmpty()) {
            return Optional.empty();
        }
        String id = header(message, CloudEventHeaders.ID);
        if (id == null || id.isBlank()) {
            throw new UnreadableEventException("no " + CloudEventHeaders.ID + " header on " + type);
        }
        Record data;
        try {
            data = json.readValue(message.getPayload(), eventType.get().dataClass());
        } catch (RuntimeException e) {
            throw new UnreadableEventException("cannot read " + type + " " + id + ": " + e.getMessage(), e);
        }
        String missing = missingField(data);
        if (missing != null) {
            throw new UnreadableEventException(type + " " + id + " lacks " + missing);
        }
        return Optional.of(new ReadEvent(id, data));
    }

    private static String missingField(Record data) {
        return switch (data) {
            case null -> "its data";
            case TicketCreated e -> blank(e.ticketId()) ? "ticketId" : null;
            case TicketReplied e -> blank(e.ticketId()) ? "ticketId" : null;
            case CustomerMessageReceived e -> blank(e.ticketId()) ? "ticketId" : null;
            case TicketStatusChanged e -> blank(e.ticketId()) ? "ticketId" : e.to() == null ? "to" : null;
            case TicketPriorityChanged e -> blank(e.ticketId()) ? "ticketId" : e.to() == null ? "to" : null;
            // a null "to" is a move to no team
            case TicketTeamChanged e -> blank(e.ticketId()) ? "ticketId" : null;
            case TicketReopened e -> blank(e.ticketId()) ? "ticketId" : null;
            default -> null;
        };
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Headers arrive as raw bytes from Kafka, or as strings from other binders and tests; Spring Cloud Function may
     * present a {@code ce_*} header under its canonical {@code ce-} name.
     */
    static String header(Message<?> message, String name) {
        Object value = message.getHeaders().get(name);
        if (value == null && name.startsWith("ce_")) {
            value = message.getHeaders().get("ce-" + name.substring(3));
        }
        return switch (value) {
            case null -> null;
            case byte[] bytes -> new String(bytes, StandardCharsets.UTF_8);
            default -> value.toString();
        };
    }
}
