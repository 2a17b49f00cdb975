package dev.switchboard.ticket.lifecycle.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.ticket.lifecycle.TicketEventDraft;

/** The JSON body of {@code POST /tickets/{id}/events}; {@code public} is a Java keyword, hence the mapping. */
record TicketEventRequest(
        String type,
        String occurredAt,
        String body,
        String agentId,
        @JsonProperty("public") Boolean publicReply,
        String status,
        String priority,
        String team,
        Integer csat,
        Integer nps,
        String comment) {

    TicketEventDraft toDraft() {
        return new TicketEventDraft(type, occurredAt, body, agentId, publicReply, status, priority, team, csat, nps, comment);
    }
}
