package dev.switchboard.ticket.lifecycle.web;

import dev.switchboard.ticket.lifecycle.application.EventReceipt;
import dev.switchboard.ticket.lifecycle.application.TicketEventService;
import dev.switchboard.ticket.web.Caller;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Map;

@RestController
class TicketEventController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final TicketEventService events;

    TicketEventController(TicketEventService events) {
        this.events = events;
    }

    /** 202: the event is durable in Kafka; the view shows its effect a moment later. */
    @PostMapping(path = "/api/v1/tickets/{id}/events", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Map<String, String>>> post(@PathVariable String id, @RequestBody TicketEventRequest body,
                                                   @RequestHeader HttpHeaders headers) {
        Caller caller = Caller.from(headers);
        // an agent acts for itself: its id comes from the credential, never from the body
        // (an AGENT without its id header gets "" so that validation refuses it rather than trusting the body)
        String agentOverride = caller.isAgent() ? (caller.agentId() == null ? "" : caller.agentId()) : null;
        return events.accept(id, body.toDraft(), agentOverride, scopedKey(caller, headers.getFirst(IDEMPOTENCY_KEY)))
                .map(TicketEventController::accepted);
    }

    /** Two callers may pick the same key: a key only repeats a request of the same platform or agent. */
    private static String scopedKey(Caller caller, String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        return (caller.isAgent() ? "agent:" + caller.agentId() : "platform:" + caller.platform()) + ":" + key;
    }

    private static ResponseEntity<Map<String, String>> accepted(EventReceipt receipt) {
        // a repeat answers like the first time, so a client that lost the first answer sees no difference
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .header("Idempotent-Replayed", String.valueOf(receipt.replayed()))
                .body(Map.of("id", receipt.eventId()));
    }
}
