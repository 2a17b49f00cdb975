package dev.switchboard.routing.offer;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.net.URI;

/**
 * {@code POST /api/v1/tickets/{id}/assignment/accept|decline}. The contract has agents accept or decline only where
 * offers are switched on; this routing assigns directly, so both answer a 409 problem that says so instead of a
 * bare 404 the caller could take for a missing ticket.
 */
@RestController
class OfferController {

    @PostMapping("/api/v1/tickets/{ticketId}/assignment/{answer:accept|decline}")
    Mono<Void> answer(@PathVariable String ticketId, @PathVariable String answer) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "Offers are switched off: tickets are assigned directly, there is nothing to " + answer + ".");
        problem.setType(URI.create("https://switchboard.dev/problems/offers-disabled"));
        return Mono.error(new ErrorResponseException(HttpStatus.CONFLICT, problem, null));
    }
}
