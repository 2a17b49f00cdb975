package dev.switchboard.routing.offer;

import dev.switchboard.routing.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * {@code POST /api/v1/tickets/{id}/assignment/accept|decline}: an agent answers an offer of its own (the gateway lets
 * only AGENT callers through and sets their id). 202 once the answer is durable in Kafka; 409 {@code no-open-offer}
 * when the caller holds no open offer of that ticket, 409 {@code offers-disabled} when its team works without offers.
 */
@RestController
class OfferController {

    static final String AGENT_ID_HEADER = "X-Switchboard-Agent-Id";

    private final OfferCommands commands;

    OfferController(OfferCommands commands) {
        this.commands = commands;
    }

    @PostMapping("/api/v1/tickets/{ticketId}/assignment/{answer:accept|decline}")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Mono<OfferAnswerView> answer(@PathVariable String ticketId, @PathVariable String answer,
                                 @RequestHeader(name = AGENT_ID_HEADER, required = false) String agentId) {
        if (agentId == null || agentId.isBlank()) {
            return Mono.error(Problems.forbidden("Only an agent may answer an offer, and only its own."));
        }
        return commands.answer(ticketId, agentId, "accept".equals(answer));
    }
}
