package dev.switchboard.ticket;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;

import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.ticket.validation.OccurredAtRule;
import dev.switchboard.ticket.view.AppliedEvent;
import dev.switchboard.ticket.view.TicketProjection;
import dev.switchboard.ticket.view.TicketView;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Object mother of ticket events for tests. */
public final class TestTickets {

    public static final Instant CREATED_AT = Instant.parse("2026-11-23T08:00:00Z");

    /** The production default: a year back, five minutes ahead. */
    public static final OccurredAtRule OCCURRED_AT_RULE = new OccurredAtRule(Duration.ofDays(365),
            Duration.ofMinutes(5));

    private TestTickets() {
    }

    public static TicketCreated created(String ticketId) {
        return new TicketCreated(ticketId, "zd-" + ticketId, "zendesk", Channel.EMAIL, "Refund", "Please refund",
                Priority.HIGH, new Customer("c-1", "Ada", CustomerTier.VIP, "en"), "billing", List.of("billing"),
                List.of("refund"), CREATED_AT, CREATED_AT);
    }

    /** A stored ticket in {@code status}, reached through the events that lead there. */
    public static TicketView viewIn(TicketStatus status) {
        TicketProjection projection = new TicketProjection();
        TicketView view = projection.apply(null, new AppliedEvent("t-1:created", CREATED_AT,
                created("t-1"))).orElseThrow();
        if (status == TicketStatus.NEW) {
            return view;
        }
        view = projection.apply(view, new AppliedEvent("as-1", CREATED_AT,
                new TicketAssigned("t-1", "a-1", "billing", 1, "ONLY_ELIGIBLE",
                        CREATED_AT))).orElseThrow();
        List<TicketStatus> path = switch (status) {
            case OPEN -> List.of();
            case PENDING, ON_HOLD, SOLVED -> List.of(status);
            case CLOSED -> List.of(TicketStatus.SOLVED, TicketStatus.CLOSED);
            default -> throw new IllegalArgumentException(status.name());
        };
        TicketStatus current = TicketStatus.OPEN;
        for (TicketStatus next : path) {
            view = projection.apply(view, new AppliedEvent("st-" + next, CREATED_AT,
                    new TicketStatusChanged("t-1", current, next,
                            CREATED_AT))).orElseThrow();
            current = next;
        }
        return view;
    }

}
