package dev.switchboard.ticket.lifecycle;

/**
 * A ticket event as a caller sent it, every field optional until {@link TicketEventValidator} checks it against its
 * type. Enums and times stay text so that a wrong value is a field error.
 */
public record TicketEventDraft(
        String type,
        String occurredAt,
        String body,
        String agentId,
        Boolean publicReply,
        String status,
        String priority,
        String team,
        Integer csat,
        Integer nps,
        String comment) {
}
