package dev.switchboard.ticket.view.messaging;

import dev.switchboard.events.EventCatalog;
import dev.switchboard.events.EventType;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.ticket.kafka.EventJson;
import dev.switchboard.ticket.kafka.IncomingEvent;
import dev.switchboard.ticket.kafka.UnreadableEventException;
import dev.switchboard.ticket.view.AppliedEvent;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.Optional;

/**
 * Reads a consumed record into an {@link AppliedEvent}. An unknown {@code ce_type} is skipped (a newer producer may
 * add types); a known type whose data cannot be read or lacks what the view needs is an error the binder dead-letters.
 */
@Component
class ViewEventReader {

    private final EventJson json;

    ViewEventReader(EventJson json) {
        this.json = json;
    }

    Optional<AppliedEvent> read(Message<byte[]> message) {
        IncomingEvent incoming = IncomingEvent.from(message);
        Optional<EventType> type = EventCatalog.byType(incoming.type());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (incoming.data() == null || incoming.data().length == 0) {
            throw new UnreadableEventException(incoming.type() + " " + incoming.id() + " has no data");
        }
        Record data = json.read(incoming.data(), type.get().dataClass());
        if (lacksTicketId(data)) {
            throw new UnreadableEventException(incoming.type() + " " + incoming.id() + " lacks ticketId");
        }
        if (data instanceof TicketCreated created && (created.channel() == null || created.subject() == null
                || created.priority() == null || created.customer() == null || created.createdAt() == null)) {
            throw new UnreadableEventException(incoming.type() + " " + incoming.id() + " lacks a required field");
        }
        return Optional.of(new AppliedEvent(incoming.id(), incoming.time(), data));
    }

    /** Every contract event about a ticket carries its id; without it the event cannot be placed. */
    private static boolean lacksTicketId(Record data) {
        for (RecordComponent component : data.getClass().getRecordComponents()) {
            if (component.getName().equals("ticketId")) {
                try {
                    return component.getAccessor().invoke(data) == null;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return false;
    }
}
