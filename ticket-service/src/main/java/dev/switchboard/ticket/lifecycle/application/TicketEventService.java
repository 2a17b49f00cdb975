package dev.switchboard.ticket.lifecycle.application;

import dev.switchboard.ticket.kafka.EventJson;
import dev.switchboard.ticket.lifecycle.Admission;
import dev.switchboard.ticket.lifecycle.PendingEvent;
import dev.switchboard.ticket.lifecycle.TicketCommand;
import dev.switchboard.ticket.lifecycle.TicketEventAdmission;
import dev.switchboard.ticket.lifecycle.TicketEventDecider;
import dev.switchboard.ticket.lifecycle.TicketEventDraft;
import dev.switchboard.ticket.lifecycle.TicketEventValidator;
import dev.switchboard.ticket.lifecycle.TicketWriteState;
import dev.switchboard.ticket.lifecycle.TransitionNotAllowedException;
import dev.switchboard.ticket.validation.InvalidRequestException;
import dev.switchboard.ticket.validation.OccurredAtRule;
import dev.switchboard.ticket.view.TicketNotFoundException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Accepts an event on an existing ticket, decided against the ticket's latest stored state:
 * <ol>
 * <li>read the ticket's document (view, pending events, answered keys) at version v;</li>
 * <li>decide in plain Java ({@link TicketEventAdmission}); a repeated Idempotency-Key is answered as before;</li>
 * <li>write the decision (new view, the events as pending, the key) only if the version is still v, else start
 * over: a lost race is decided again, never lost;</li>
 * <li>publish the events and wait for Kafka's acknowledgement; only then answer 202; then clear them.</li>
 * </ol>
 * While events are pending, other requests on the ticket wait, so the topic gets the ticket's events in the order they
 * were decided. A crash between 3 and 4 leaves the events pending in the document: after a short takeover period the
 * next request on the ticket (or a retry with the same key, which answers the same id) publishes them, and
 * {@link PendingEventRelay} does so after its grace period if no request comes. They keep their ids, so should a
 * slow request and a helper both send them, every consumer drops the copy.
 */
@Service
public class TicketEventService {

    // with the backoff below, 64 attempts wait about 3 s in all: more than TAKE_OVER_AFTER
    private static final int MAX_ATTEMPTS = 64;
    private static final Duration TAKE_OVER_AFTER = Duration.ofSeconds(1);

    private final TicketEventValidator validator;
    private final TicketEventAdmission admission;
    private final TicketWriteStore store;
    private final PendingEventPublisher pendingPublisher;
    private final EventJson json;
    private final Clock clock;
    private final MeterRegistry meters;

    public TicketEventService(Clock clock, TicketWriteStore store, PendingEventPublisher pendingPublisher,
                              EventJson json, MeterRegistry meters, OccurredAtRule occurredAtRule) {
        this.validator = new TicketEventValidator(clock, occurredAtRule);
        this.admission = new TicketEventAdmission(new TicketEventDecider(clock, () -> UUID.randomUUID().toString()));
        this.store = store;
        this.pendingPublisher = pendingPublisher;
        this.json = json;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * @param idempotencyKey the caller's key, already scoped to the caller; null when it sent none
     * @return the id of the event that records the request
     */
    public Mono<EventReceipt> accept(String ticketId, TicketEventDraft draft, String agentOverride,
                                     String idempotencyKey) {
        Timer.Sample sample = Timer.start(meters);
        return Mono.defer(() -> {
                    TicketCommand command = validator.validate(draft, agentOverride);
                    return Mono.defer(() -> attempt(ticketId, command, agentOverride, idempotencyKey))
                            .retryWhen(Retry.backoff(MAX_ATTEMPTS, Duration.ofMillis(1))
                                    .maxBackoff(Duration.ofMillis(50))
                                    .filter(TryAgain.class::isInstance)
                                    .doBeforeRetry(signal -> conflicts().increment())
                                    .onRetryExhaustedThrow((spec, signal) -> new TicketContendedException(ticketId)));
                })
                .doOnSuccess(receipt -> {
                    sample.stop(latency(receipt.replayed() ? "replayed" : "accepted"));
                    meters.counter("switchboard.ticket.events.accepted", "type", draft.type(),
                            "replayed", String.valueOf(receipt.replayed())).increment();
                })
                .doOnError(error -> {
                    String reason = reason(error);
                    sample.stop(latency(reason));
                    meters.counter("switchboard.ticket.events.rejected", "reason", reason).increment();
                });
    }

    /**
     * @param agentOverride non-null when an AGENT calls: it may act only on a ticket assigned to it, and any other
     *                      ticket is "not found" to it, as on {@code GET /tickets/{id}}
     */
    private Mono<EventReceipt> attempt(String ticketId, TicketCommand command, String agentOverride,
                                       String idempotencyKey) {
        return store.load(ticketId)
                .filter(state -> state.view().known())
                .filter(state -> agentOverride == null || agentOverride.equals(state.view().assignee()))
                .switchIfEmpty(Mono.error(() -> new TicketNotFoundException(ticketId)))
                .flatMap(state -> switch (admission.admit(state, command, idempotencyKey)) {
                    case Admission.Replay replay -> publishAbandoned(ticketId, state)
                            .thenReturn(new EventReceipt(replay.eventId(), true));
                    case Admission.PublishPendingFirst first -> publishAbandoned(ticketId, state)
                            .then(Mono.error(new TryAgain()));
                    case Admission.Accepted accepted -> claimAndPublish(ticketId, state, accepted);
                });
    }

    /**
     * Pending events are normally being published by the request that decided them: wait for it (decide again after
     * a backoff) rather than send them a second time. Only once they are older than {@link #TAKE_OVER_AFTER} is that
     * request presumed dead, and this one publishes them.
     */
    private Mono<Void> publishAbandoned(String ticketId, TicketWriteState state) {
        if (!state.hasPending()) {
            return Mono.empty();
        }
        if (state.pendingSince() != null && state.pendingSince().plus(TAKE_OVER_AFTER).isAfter(clock.instant())) {
            return Mono.error(new TryAgain());
        }
        return pendingPublisher.publish(ticketId, state.pending());
    }

    private Mono<EventReceipt> claimAndPublish(String ticketId, TicketWriteState state, Admission.Accepted accepted) {
        List<PendingEvent> pending = accepted.events().stream()
                .map(e -> new PendingEvent(e.id(), EventJson.typeOf(e.data()), e.time(), json.write(e.data())))
                .toList();
        return store.claim(state, accepted.next(), pending, accepted.requests(), clock.instant())
                .flatMap(claimed -> claimed
                        ? pendingPublisher.publish(ticketId, pending)
                                .thenReturn(new EventReceipt(pending.getFirst().id(), false))
                        : Mono.error(new TryAgain()));
    }

    private Counter conflicts() {
        return Counter.builder("switchboard.ticket.events.conflicts")
                .description("Ticket event decisions taken again because the ticket changed meanwhile")
                .register(meters);
    }

    private Timer latency(String outcome) {
        return Timer.builder("switchboard.ticket.events.latency")
                .description("Time from receiving a ticket event request to its answer")
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(meters);
    }

    private static String reason(Throwable error) {
        return switch (error) {
            case InvalidRequestException e -> "invalid";
            case TicketNotFoundException e -> "not_found";
            case TransitionNotAllowedException e -> "transition_not_allowed";
            case TicketContendedException e -> "contended";
            default -> "unavailable";
        };
    }

    /** The ticket changed since it was read, or older events had to be published first: decide again. */
    private static final class TryAgain extends RuntimeException {
        TryAgain() {
            super("decide again", null, false, false);
        }
    }
}
