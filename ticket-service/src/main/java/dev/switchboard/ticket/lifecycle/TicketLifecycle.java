package dev.switchboard.ticket.lifecycle;

import dev.switchboard.events.ticket.TicketStatus;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static dev.switchboard.events.ticket.TicketStatus.CLOSED;
import static dev.switchboard.events.ticket.TicketStatus.NEW;
import static dev.switchboard.events.ticket.TicketStatus.ON_HOLD;
import static dev.switchboard.events.ticket.TicketStatus.OPEN;
import static dev.switchboard.events.ticket.TicketStatus.PENDING;
import static dev.switchboard.events.ticket.TicketStatus.SOLVED;

/**
 * The status changes a caller may ask for. NEW leaves only by assignment (routing) and SOLVED goes back to OPEN only
 * by a customer message (a reopen), so neither appears as a requested transition here.
 */
public final class TicketLifecycle {

    private static final Map<TicketStatus, Set<TicketStatus>> ALLOWED = new EnumMap<>(Map.of(
            NEW, EnumSet.noneOf(TicketStatus.class),
            OPEN, EnumSet.of(PENDING, ON_HOLD, SOLVED),
            PENDING, EnumSet.of(OPEN, ON_HOLD, SOLVED),
            ON_HOLD, EnumSet.of(OPEN, PENDING, SOLVED),
            SOLVED, EnumSet.of(CLOSED),
            CLOSED, EnumSet.noneOf(TicketStatus.class)));

    private TicketLifecycle() {
    }

    public static boolean allows(TicketStatus from, TicketStatus to) {
        return ALLOWED.get(from).contains(to);
    }

    public static boolean isFinal(TicketStatus status) {
        return status == CLOSED;
    }
}
