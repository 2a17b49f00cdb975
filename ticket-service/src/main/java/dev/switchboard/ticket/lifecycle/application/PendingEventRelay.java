package dev.switchboard.ticket.lifecycle.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;

/**
 * Publishes events that were decided but whose request died before Kafka acknowledged them (a crash, a timeout):
 * the view already shows them, so they must reach the topic even if nobody retries. The grace period keeps the relay
 * away from requests still in flight; should it overlap one, the event is sent twice with one {@code ce_id}.
 */
@Component
public class PendingEventRelay {

    private static final Logger log = LoggerFactory.getLogger(PendingEventRelay.class);
    private static final int BATCH = 100;

    private final TicketWriteStore store;
    private final PendingEventPublisher publisher;
    private final Clock clock;
    private final RelayProperties properties;
    private final Counter relayed;

    public PendingEventRelay(TicketWriteStore store, PendingEventPublisher publisher, Clock clock,
                             RelayProperties properties, MeterRegistry meters) {
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
        this.properties = properties;
        this.relayed = Counter.builder("switchboard.ticket.events.relayed")
                .description("Pending ticket events published by the relay after their request died")
                .register(meters);
    }

    @Scheduled(fixedDelayString = "${switchboard.ticket.relay.interval:5s}",
            initialDelayString = "${switchboard.ticket.relay.interval:5s}")
    void relayOnSchedule() {
        try {
            Long count = relayDue().block(Duration.ofMinutes(1));
            if (count != null && count > 0) {
                log.info("relayed the pending events of {} ticket(s)", count);
            }
        } catch (RuntimeException e) {
            // Kafka or Mongo is down: the events stay pending and the next run tries again
            log.warn("relay of pending ticket events failed: {}", e.getMessage());
        }
    }

    /** @return how many tickets' pending events were published */
    public Mono<Long> relayDue() {
        return store.pendingSince(clock.instant().minus(properties.grace()), BATCH)
                .concatMap(state -> publisher.publish(state.view().id(), state.pending())
                        .doOnSuccess(done -> relayed.increment(state.pending().size()))
                        .thenReturn(state))
                .count();
    }
}
