package dev.switchboard.ticket.intake.messaging;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.switchboard.events.CloudEventHeaders;
import dev.switchboard.ticket.intake.CreateTicketCommand;
import dev.switchboard.ticket.intake.application.IntakeSource;
import dev.switchboard.ticket.intake.application.TicketIntakeService;
import dev.switchboard.ticket.kafka.IncomingEvent;
import dev.switchboard.ticket.lifecycle.TicketEventDraft;
import dev.switchboard.ticket.lifecycle.TransitionNotAllowedException;
import dev.switchboard.ticket.lifecycle.application.TicketEventService;
import dev.switchboard.ticket.validation.InvalidRequestException;
import dev.switchboard.ticket.view.TicketNotFoundException;
import dev.switchboard.ticket.web.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;

/**
 * The Kafka alternative to REST: a record on {@code tickets.inbound} is a create body, or a ticket event body with
 * {@code ticketId}. It gets exactly the REST validation; what fails it goes to {@code tickets.inbound.dlq} with the
 * reason, and the consumer goes on. A broker outage is not the record's fault: it is rethrown for the binder to retry.
 */
@Component
class InboundRecordHandler {

    /** Header naming the integration that wrote the record; it scopes externalId like the REST platform header. */
    static final String PLATFORM_HEADER = "switchboard_platform";

    private static final Logger log = LoggerFactory.getLogger(InboundRecordHandler.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TicketIntakeService intake;
    private final TicketEventService events;
    private final InboundDeadLetters deadLetters;
    private final JsonMapper mapper;

    InboundRecordHandler(TicketIntakeService intake, TicketEventService events, InboundDeadLetters deadLetters,
                         JsonMapper mapper) {
        this.intake = intake;
        this.events = events;
        this.deadLetters = deadLetters;
        this.mapper = mapper.rebuild().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    }

    void handle(Message<byte[]> message) {
        try {
            JsonNode body = mapper.readTree(message.getPayload());
            if (!body.isObject()) {
                reject(message, "unreadable", "the record value must be a JSON object");
            } else if (body.hasNonNull("ticketId") && body.hasNonNull("type")) {
                InboundTicketEvent event = mapper.treeToValue(body, InboundTicketEvent.class);
                // a redelivered record carries the same ce_id: it must not record the event a second time
                String idempotencyKey = IncomingEvent.attribute(message.getHeaders(), CloudEventHeaders.ID)
                        .map(id -> "platform:" + platform(message) + ":" + id).orElse(null);
                events.accept(event.ticketId(), event.toDraft(), null, idempotencyKey).block(TIMEOUT);
            } else {
                String platform = platform(message);
                // a redelivered record carries the same ce_id: it must not make a second ticket
                String idempotencyKey = IncomingEvent.attribute(message.getHeaders(), CloudEventHeaders.ID).orElse(null);
                intake.create(mapper.treeToValue(body, CreateTicketCommand.class), platform, idempotencyKey,
                        IntakeSource.KAFKA).block(TIMEOUT);
            }
        } catch (JacksonException e) {
            reject(message, "unreadable", "unreadable JSON: " + e.getOriginalMessage());
        } catch (InvalidRequestException e) {
            reject(message, "invalid", e.getMessage());
        } catch (TicketNotFoundException e) {
            reject(message, "not_found", e.getMessage());
        } catch (TransitionNotAllowedException e) {
            reject(message, "transition_not_allowed", e.getMessage());
        }
    }

    private static String platform(Message<byte[]> message) {
        return IncomingEvent.header(message.getHeaders(), PLATFORM_HEADER).orElse(Caller.DEFAULT_PLATFORM);
    }

    private void reject(Message<byte[]> message, String cause, String reason) {
        log.info("tickets.inbound record rejected: {}", reason);
        deadLetters.send(message, cause, reason);
    }

    record InboundTicketEvent(String ticketId, String type, String occurredAt, String body, String agentId,
                              @JsonProperty("public") Boolean publicReply, String status, String priority,
                              String team,
                              Integer csat, Integer nps, String comment) {

        TicketEventDraft toDraft() {
            return new TicketEventDraft(type, occurredAt, body, agentId, publicReply, status, priority, team, csat, nps,
                    comment);
        }
    }
}
