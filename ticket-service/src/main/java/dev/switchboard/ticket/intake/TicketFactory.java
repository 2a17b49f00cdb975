package dev.switchboard.ticket.intake;

import dev.switchboard.events.ticket.TicketCreated;

import java.time.Clock;
import java.time.Instant;
import java.util.function.Supplier;

/** Turns an accepted request into the {@code ticket.created} fact, with a fresh id and the acceptance time. */
public final class TicketFactory {

    private final Clock clock;
    private final Supplier<String> ids;

    public TicketFactory(Clock clock, Supplier<String> ids) {
        this.clock = clock;
        this.ids = ids;
    }

    public TicketCreated create(NewTicket ticket, String platform) {
        Instant now = clock.instant();
        return new TicketCreated(ids.get(), ticket.externalId(), platform, ticket.channel(), ticket.subject(),
                ticket.description(), ticket.priority(), ticket.customer(), ticket.team(), ticket.skills(),
                ticket.tags(), ticket.occurredAt() == null ? now : ticket.occurredAt(), now);
    }

    /** The same fact may be published twice (a retry after a crash): its id is derived so consumers drop the copy. */
    public static String createdEventId(String ticketId) {
        return ticketId + ":created";
    }
}
