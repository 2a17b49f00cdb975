package dev.switchboard.ticket.intake.application;

import dev.switchboard.events.Topic;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.ticket.intake.CreateTicketCommand;
import dev.switchboard.ticket.intake.CreateTicketValidator;
import dev.switchboard.ticket.intake.NewTicket;
import dev.switchboard.ticket.intake.ReservationKeys;
import dev.switchboard.ticket.intake.TicketFactory;
import dev.switchboard.ticket.kafka.CloudEventPublisher;
import dev.switchboard.ticket.kafka.EventJson;
import dev.switchboard.ticket.kafka.EventNotPublishedException;
import dev.switchboard.ticket.kafka.OutgoingEvent;
import dev.switchboard.ticket.validation.InvalidRequestException;
import dev.switchboard.ticket.validation.OccurredAtRule;
import dev.switchboard.ticket.view.AppliedEvent;
import dev.switchboard.ticket.view.TicketProjection;
import dev.switchboard.ticket.view.TicketView;
import dev.switchboard.ticket.view.application.TicketViewRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * Accepts a new ticket without a dual-write gap: the request is first reserved in Mongo (with the complete event),
 * then {@code ticket.created} is published and acknowledged, then the reservation is marked published. A repeat finds
 * the reservation and answers the same ticket; while the first attempt may still be publishing, the repeat waits for
 * it; if it died before it published, the repeat publishes the identical event (same {@code ce_id}, so consumers drop
 * a copy).
 */
@Service
public class TicketIntakeService {

    private static final Logger log = LoggerFactory.getLogger(TicketIntakeService.class);

    // with the backoff below, 64 attempts wait about 3 s in all: more than TAKE_OVER_AFTER
    private static final int MAX_ATTEMPTS = 64;
    private static final Duration TAKE_OVER_AFTER = Duration.ofSeconds(1);

    private final CreateTicketValidator validator;
    private final Clock clock;
    private final TicketProjection projection = new TicketProjection();
    private final TicketFactory factory;
    private final ReservationStore reservations;
    private final CloudEventPublisher publisher;
    private final TicketViewRepository views;
    private final EventJson json;
    private final MeterRegistry meters;

    public TicketIntakeService(Clock clock, ReservationStore reservations, CloudEventPublisher publisher,
                               TicketViewRepository views, EventJson json, MeterRegistry meters,
                               OccurredAtRule occurredAtRule) {
        this.clock = clock;
        this.validator = new CreateTicketValidator(clock, occurredAtRule);
        this.factory = new TicketFactory(clock, () -> UUID.randomUUID().toString());
        this.reservations = reservations;
        this.publisher = publisher;
        this.views = views;
        this.json = json;
        this.meters = meters;
    }

    public Mono<IntakeResult> create(CreateTicketCommand command, String platform, String idempotencyKey,
                                     IntakeSource source) {
        Timer.Sample sample = Timer.start(meters);
        return Mono.defer(() -> attempt(command, platform, idempotencyKey))
                .retryWhen(Retry.backoff(MAX_ATTEMPTS, Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(50))
                        .filter(StillPublishing.class::isInstance)
                        .onRetryExhaustedThrow((spec, signal) -> new EventNotPublishedException(
                                "a concurrent create", new IllegalStateException("it did not finish in time"))))
                .doOnSuccess(result -> {
                    sample.stop(timer(source, result.created() ? "created" : "repeated"));
                    if (result.created()) {
                        createdCounter(source, result.ticket()).increment();
                    }
                })
                .doOnError(e -> {
                    String reason = e instanceof InvalidRequestException ? "invalid" : "unavailable";
                    sample.stop(timer(source, reason));
                    meters.counter("switchboard.tickets.rejected", "source", source.tag(), "reason", reason)
                            .increment();
                });
    }

    private Mono<IntakeResult> attempt(CreateTicketCommand command, String platform, String idempotencyKey) {
        return Mono.defer(() -> {
                    NewTicket ticket = validator.validate(command);
                    TicketCreated candidate = factory.create(ticket, platform);
                    byte[] data = json.write(candidate);
                    List<String> keys = ReservationKeys.of(platform, ticket.externalId(), idempotencyKey);
                    if (keys.isEmpty()) {
                        return publish(candidate, data).then(seedView(candidate));
                    }
                    return reserveAll(keys, 0, new Reservation(keys.getFirst(), candidate.ticketId(), data, false))
                            .flatMap(winner -> winner.ticketId().equals(candidate.ticketId())
                                    ? firstTime(candidate, data, keys)
                                    : repeat(winner, keys));
                });
    }

    /** Reserves every key in turn; the first key held by another ticket makes that ticket the answer. */
    private Mono<Reservation> reserveAll(List<String> keys, int index, Reservation ours) {
        if (index == keys.size()) {
            return Mono.just(ours);
        }
        Reservation attempt = new Reservation(keys.get(index), ours.ticketId(), ours.event(), false);
        return reservations.reserve(attempt).flatMap(holder -> {
            if (holder.ticketId().equals(ours.ticketId())) {
                return reserveAll(keys, index + 1, ours);
            }
            // every key of this request must lead a later retry to the winner: the ones reserved a moment ago for
            // our candidate (else a retry would publish a ghost) and the ones not tried yet
            return Flux.fromIterable(keys.subList(0, index))
                    .concatMap(key -> reservations.repoint(key, ours.ticketId(), holder))
                    .thenMany(Flux.fromIterable(keys.subList(index + 1, keys.size()))
                            .concatMap(key -> reservations.reserve(
                                    new Reservation(key, holder.ticketId(), holder.event(), holder.published()))))
                    .then(Mono.just(holder));
        });
    }

    private Mono<IntakeResult> firstTime(TicketCreated candidate, byte[] data, List<String> keys) {
        return publish(candidate, data)
                .then(reservations.markPublished(keys))
                .then(seedView(candidate));
    }

    /**
     * Writes the new ticket's view at once, as the projection would, so that an event posted right after the 201
     * finds the ticket instead of a 404 while the projection catches up. The projection then skips the created event
     * (already applied); if another event of the ticket got there first, the insert loses and the projection applies
     * the created event as usual. Best effort: the event is durable in Kafka, so the answer stays 201 either way.
     */
    private Mono<IntakeResult> seedView(TicketCreated candidate) {
        TicketView view = viewOf(candidate);
        return Mono.defer(() -> views.insert(view))
                .onErrorResume(e -> {
                    log.warn("could not seed the view of ticket {}; the projection will create it: {}",
                            candidate.ticketId(), e.toString());
                    return Mono.just(false);
                })
                .thenReturn(new IntakeResult(view, true));
    }

    private Mono<IntakeResult> repeat(Reservation winner, List<String> keys) {
        if (!winner.published() && winner.reservedAt() != null
                && winner.reservedAt().plus(TAKE_OVER_AFTER).isAfter(clock.instant())) {
            // the first request is most likely still waiting for Kafka: wait for it rather than send a copy
            return Mono.error(new StillPublishing());
        }
        TicketCreated original = json.read(winner.event(), TicketCreated.class);
        Mono<Void> ensurePublished = winner.published()
                ? Mono.empty()
                : publish(original, winner.event()).then(reservations.markPublished(keys));
        return ensurePublished.then(views.findById(original.ticketId())
                .filter(TicketView::known)
                .defaultIfEmpty(viewOf(original))
                .map(view -> new IntakeResult(view, false)));
    }

    private Mono<Void> publish(TicketCreated event, byte[] data) {
        return publisher.publish(new OutgoingEvent(Topic.TICKETS_EVENTS, TicketFactory.createdEventId(event.ticketId()),
                TicketCreated.TYPE, event.ticketId(), event.createdAt(), data));
    }

    /** What the view will show once it has applied the event; the answer cannot wait for the projection. */
    private TicketView viewOf(TicketCreated event) {
        return projection.apply(null, new AppliedEvent(TicketFactory.createdEventId(event.ticketId()),
                event.createdAt(), event)).orElseThrow();
    }

    /** A repeat found the first request's reservation not yet published: read it again after a backoff. */
    private static final class StillPublishing extends RuntimeException {
        StillPublishing() {
            super("the first request is still publishing", null, false, false);
        }
    }

    private Timer timer(IntakeSource source, String outcome) {
        return Timer.builder("switchboard.tickets.intake.latency")
                .description("Time from receiving a create request to its answer")
                .tag("source", source.tag())
                .tag("outcome", outcome)
                .publishPercentileHistogram()
                .register(meters);
    }

    private Counter createdCounter(IntakeSource source, TicketView ticket) {
        // not "switchboard.tickets.created": Prometheus' client reserves the suffix _created
        return Counter.builder("switchboard.tickets.received")
                .description("Tickets accepted (repeats of an earlier request not counted)")
                .tag("source", source.tag())
                .tag("channel", ticket.channel().name())
                .register(meters);
    }
}
