package dev.switchboard.ticket.view.web;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.ticket.view.SlaClock;
import dev.switchboard.ticket.view.TicketView;

import java.time.Instant;
import java.util.List;

/** The ticket as the API shows it (CONTRACT.md); the view's bookkeeping (applied event ids) stays inside. */
public record TicketResource(
        String id,
        String externalId,
        Channel channel,
        String subject,
        String description,
        Priority priority,
        TicketStatus status,
        Customer customer,
        String team,
        List<String> skills,
        List<String> tags,
        String assignee,
        Instant createdAt,
        Instant updatedAt,
        Instant firstRepliedAt,
        Instant solvedAt,
        int reopens,
        int escalationLevel,
        List<SlaClock> sla,
        long version) {

    public static TicketResource of(TicketView v) {
        return new TicketResource(v.id(), v.externalId(), v.channel(), v.subject(), v.description(), v.priority(),
                v.status(), v.customer(), v.team(), v.skills(), v.tags(), v.assignee(), v.createdAt(), v.updatedAt(),
                v.firstRepliedAt(), v.solvedAt(), v.reopens(), v.escalationLevel(), v.sla(), v.version());
    }
}
