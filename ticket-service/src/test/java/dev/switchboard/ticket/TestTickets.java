package dev.switchboard.ticket;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;

import java.time.Instant;
import java.util.List;

/** Object mother of ticket events for tests. */
public final class TestTickets {

    public static final Instant CREATED_AT = Instant.parse("2026-11-23T08:00:00Z");

    private TestTickets() {
    }

    public static TicketCreated created(String ticketId) {
        return new TicketCreated(ticketId, "zd-" + ticketId, "zendesk", Channel.EMAIL, "Refund", "Please refund",
                Priority.HIGH, new Customer("c-1", "Ada", CustomerTier.VIP, "en"), "billing", List.of("billing"),
                List.of("refund"), CREATED_AT, CREATED_AT);
    }
}
