package dev.switchboard.ticket.intake.web;

import dev.switchboard.ticket.TicketServiceProperties;
import dev.switchboard.ticket.intake.CreateTicketCommand;
import dev.switchboard.ticket.intake.application.IntakeResult;
import dev.switchboard.ticket.intake.application.IntakeSource;
import dev.switchboard.ticket.intake.application.TicketIntakeService;
import dev.switchboard.ticket.kafka.EventNotPublishedException;
import dev.switchboard.ticket.validation.FieldViolation;
import dev.switchboard.ticket.validation.InvalidRequestException;
import dev.switchboard.ticket.view.web.TicketResource;
import dev.switchboard.ticket.web.Caller;
import dev.switchboard.ticket.web.ProblemDetailsAdvice;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.util.List;

@RestController
@RequestMapping("/api/v1/tickets")
class TicketIntakeController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final int BATCH_CONCURRENCY = 8;

    private final TicketIntakeService intake;
    private final TicketServiceProperties properties;

    TicketIntakeController(TicketIntakeService intake, TicketServiceProperties properties) {
        this.intake = intake;
        this.properties = properties;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<TicketResource>> create(@RequestBody CreateTicketCommand body,
                                                @RequestHeader HttpHeaders headers) {
        Caller caller = Caller.from(headers);
        return intake.create(body, caller.platform(), headers.getFirst(IDEMPOTENCY_KEY), IntakeSource.REST)
                .map(TicketIntakeController::created);
    }

    @PostMapping(path = "/batch", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<List<BatchItemResult>> createBatch(@RequestBody List<CreateTicketCommand> items,
                                            @RequestHeader HttpHeaders headers) {
        if (items.isEmpty() || items.size() > properties.batchMaxItems()) {
            return Mono.error(new InvalidRequestException(List.of(new FieldViolation("body",
                    "must hold 1 to " + properties.batchMaxItems() + " items"))));
        }
        Caller caller = Caller.from(headers);
        String batchKey = headers.getFirst(IDEMPOTENCY_KEY);
        return Flux.range(0, items.size())
                .flatMapSequential(index -> one(index, items.get(index), caller,
                        batchKey == null ? null : batchKey + ":" + index), BATCH_CONCURRENCY)
                .collectList();
    }

    private Mono<BatchItemResult> one(int index, CreateTicketCommand item, Caller caller, String idempotencyKey) {
        return intake.create(item, caller.platform(), idempotencyKey, IntakeSource.BATCH)
                .map(result -> new BatchItemResult(index, result.created() ? 201 : 200, result.ticket().id(), null))
                .onErrorResume(InvalidRequestException.class, e -> Mono.just(failed(index,
                        ProblemDetailsAdvice.invalidProblem(e.violations()))))
                .onErrorResume(EventNotPublishedException.class, e -> Mono.just(failed(index,
                        ProblemDetailsAdvice.problem(HttpStatus.SERVICE_UNAVAILABLE, "kafka-unavailable",
                                "Event store unavailable", "The item was not recorded; retry it."))));
    }

    private static BatchItemResult failed(int index, ProblemDetail problem) {
        return new BatchItemResult(index, problem.getStatus(), null, problem);
    }

    private static ResponseEntity<TicketResource> created(IntakeResult result) {
        // a repeat answers like the first time, so a client that lost the first answer sees no difference
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + result.ticket().id()))
                .header("Idempotent-Replayed", String.valueOf(!result.created()))
                .body(TicketResource.of(result.ticket()));
    }
}
