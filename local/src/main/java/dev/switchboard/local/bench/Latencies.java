package dev.switchboard.local.bench;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.local.tap.ObservedEvent;

/**
 * Latencies read from the topics themselves, from the record timestamps the producers set (one machine, one clock):
 * no service's own timer is trusted for a figure about that service.
 */
public final class Latencies {

    private Latencies() {
    }

    /** For each of {@code tickets}: its first {@code routing.assigned} minus its {@code ticket.created}, in ms. */
    public static List<Long> createdToAssignedMs(List<ObservedEvent> events, Set<String> tickets) {
        Map<String, Long> created = new HashMap<>();
        Map<String, Long> assigned = new HashMap<>();
        for (ObservedEvent event : events) {
            String ticket = event.ticketId();
            if (ticket == null || !tickets.contains(ticket)) {
                continue;
            }
            if (TicketCreated.TYPE.equals(event.type())) {
                created.putIfAbsent(ticket, event.timestampMs());
            } else if (TicketAssigned.TYPE.equals(event.type())) {
                assigned.putIfAbsent(ticket, event.timestampMs());
            }
        }
        List<Long> latencies = new ArrayList<>();
        created.forEach((ticket, at) -> {
            Long done = assigned.get(ticket);
            if (done != null) {
                latencies.add(done - at);
            }
        });
        return latencies;
    }

    /**
     * For each {@code sla.breached} of {@code tickets} (deduplicated on {@code ce_id}): when it was published minus
     * the {@code dueAt} it fired for, in ms. Negative values would be early fires and are kept, to be seen.
     */
    public static List<Long> breachLatenessMs(List<ObservedEvent> events, Set<String> tickets) {
        Map<String, Long> lateness = new HashMap<>();
        for (ObservedEvent event : events) {
            if (!SlaBreached.TYPE.equals(event.type()) || !tickets.contains(event.ticketId())) {
                continue;
            }
            event.field("dueAt").flatMap(Latencies::instant).ifPresent(due -> lateness.putIfAbsent(
                    event.id() == null ? event.topic() + event.offset() : event.id(),
                    event.timestampMs() - due.toEpochMilli()));
        }
        return new ArrayList<>(lateness.values());
    }

    private static java.util.Optional<Instant> instant(String text) {
        try {
            return java.util.Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
