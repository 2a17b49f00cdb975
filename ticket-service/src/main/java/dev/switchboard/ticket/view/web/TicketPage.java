package dev.switchboard.ticket.view.web;

import java.util.List;

/** One page of {@code GET /tickets}; {@code nextCursor} is null on the last page. */
public record TicketPage(List<TicketResource> items, String nextCursor) {
}
