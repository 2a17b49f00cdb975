package dev.switchboard.sla.escalation.web;

import dev.switchboard.sla.clock.Escalation;
import dev.switchboard.sla.clock.TicketSlaStore;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.List;

/** Escalations reached after breaches; {@code open=true}: only those whose clock is still not stopped. */
@RestController
@RequestMapping(path = "/api/v1/escalations", produces = MediaType.APPLICATION_JSON_VALUE)
class EscalationController {

    private final TicketSlaStore store;

    EscalationController(TicketSlaStore store) {
        this.store = store;
    }

    @GetMapping
    Mono<List<EscalationBody>> escalations(@RequestParam(defaultValue = "false") boolean open) {
        return Mono.fromCallable(() -> store.escalations(open).stream().map(EscalationBody::of).toList())
                .subscribeOn(Schedulers.boundedElastic());
    }

    record EscalationBody(String ticketId, int level, String reason, String metric, java.time.Instant at,
                          String action, Integer tier, boolean open) {

        static EscalationBody of(Escalation e) {
            return new EscalationBody(e.ticketId(), e.level(), e.reason(), e.metric().name(), e.at(),
                    e.action().name(), e.tier(), e.open());
        }
    }
}
