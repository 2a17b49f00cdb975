package dev.switchboard.ticket.lifecycle.application;

import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.ticket.TestTickets;
import dev.switchboard.ticket.kafka.CloudEventPublisher;
import dev.switchboard.ticket.kafka.EventJson;
import dev.switchboard.ticket.kafka.EventNotPublishedException;
import dev.switchboard.ticket.kafka.OutgoingEvent;
import dev.switchboard.ticket.lifecycle.EventRequest;
import dev.switchboard.ticket.lifecycle.PendingEvent;
import dev.switchboard.ticket.lifecycle.TicketEventDraft;
import dev.switchboard.ticket.lifecycle.TicketWriteState;
import dev.switchboard.ticket.lifecycle.TransitionNotAllowedException;
import dev.switchboard.ticket.view.TicketView;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The write side with an in-memory store that has the Mongo adapter's compare-and-set semantics. */
class TicketEventServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Duration GRACE = Duration.ofSeconds(30);

    private final InMemoryTicketWriteStore store = new InMemoryTicketWriteStore();
    private final List<OutgoingEvent> sent = Collections.synchronizedList(new ArrayList<>());
    private final EventJson json = new EventJson(JsonMapper.builder().build());
    private final ExecutorService threads = Executors.newFixedThreadPool(16);

    @BeforeEach
    void openTicket() {
        store.put(TestTickets.viewIn(TicketStatus.OPEN));
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void shouldAcceptEveryConcurrentMessageOnOneTicketAndPublishThemInDecisionOrder() throws Exception {
        TicketEventService service = service(brokerThatAcknowledges(), store);
        long before = store.get("t-1").version();

        List<EventReceipt> receipts = concurrently(16, i -> service.accept("t-1", message("m" + i), null, null));

        TicketWriteState after = store.get("t-1");
        List<String> accepted = receipts.stream().map(EventReceipt::eventId).toList();
        assertThat(accepted).doesNotHaveDuplicates().hasSize(16);
        assertThat(after.version()).isEqualTo(before + 16);
        assertThat(after.hasPending()).isFalse();
        List<String> decisionOrder = after.view().appliedEventIds().stream().filter(accepted::contains).toList();
        // waiting for the request that decided them, nobody sends another request's events a second time
        assertThat(sent.stream().map(OutgoingEvent::id).toList()).isEqualTo(decisionOrder);
    }

    @Test
    void shouldAcceptOnlyOneOfConcurrentSolvesAndRefuseTheOthersAgainstTheNewStatus() throws Exception {
        TicketEventService service = service(brokerThatAcknowledges(), store);

        List<Object> outcomes = concurrentlyCatching(8, i -> service.accept("t-1", solve(), null, null));

        assertThat(outcomes).filteredOn(EventReceipt.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(TransitionNotAllowedException.class::isInstance).hasSize(7);
        assertThat(store.get("t-1").view().status()).isEqualTo(TicketStatus.SOLVED);
        assertThat(sent).hasSize(1);
    }

    @Test
    void shouldRecordOneEventForConcurrentDuplicatesOfOneIdempotencyKey() throws Exception {
        TicketEventService service = service(brokerThatAcknowledges(), store);

        List<EventReceipt> receipts = concurrently(8, i -> service.accept("t-1", solve(), null, "platform:p:k-1"));

        assertThat(receipts).extracting(EventReceipt::eventId).containsOnly(receipts.getFirst().eventId());
        assertThat(receipts).filteredOn(r -> !r.replayed()).hasSize(1);
        assertThat(sent).extracting(OutgoingEvent::id).containsExactly(receipts.getFirst().eventId());
    }

    @Test
    void shouldPublishDecidedEventExactlyOnceAfterCrashBetweenMongoAndKafka() {
        TicketEventService dying = service(brokerThatDies(), store);
        assertThatThrownBy(() -> dying.accept("t-1", solve(), null, "platform:p:k-1").block())
                .isInstanceOf(EventNotPublishedException.class);
        PendingEvent decided = store.get("t-1").pending().getFirst();
        assertThat(sent).isEmpty();

        // a new process: nobody retries, the relay finds the decision once the grace period is over
        long relayed = relay(brokerThatAcknowledges(), NOW.plus(GRACE).plusSeconds(1)).relayDue().block();

        assertThat(relayed).isEqualTo(1);
        assertThat(sent).singleElement().satisfies(event -> {
            assertThat(event.id()).isEqualTo(decided.id());
            assertThat(event.data()).isEqualTo(decided.data());
        });
        assertThat(store.get("t-1").hasPending()).isFalse();
        // the client's retry with the same key learns the outcome and records nothing new
        EventReceipt retry = service(brokerThatAcknowledges(), store, NOW.plus(GRACE))
                .accept("t-1", solve(), null, "platform:p:k-1").block();
        assertThat(retry).isEqualTo(new EventReceipt(decided.id(), true));
        assertThat(sent).hasSize(1);
    }

    @Test
    void shouldNotRelayDecisionWhileItsRequestMayStillBeWaitingForKafka() {
        service(brokerThatDies(), store).accept("t-1", solve(), null, null).onErrorComplete().block();

        long relayed = relay(brokerThatAcknowledges(), NOW.plus(GRACE).minusSeconds(1)).relayDue().block();

        assertThat(relayed).isZero();
        assertThat(sent).isEmpty();
    }

    @Test
    void shouldPublishPendingEventBeforeTheNextDecisionOnTheSameTicket() {
        service(brokerThatDies(), store).accept("t-1", solve(), null, null).onErrorComplete().block();
        String crashed = store.get("t-1").pending().getFirst().id();

        // two seconds later: the crashed request is presumed dead, so the next one takes its events over
        EventReceipt next = service(brokerThatAcknowledges(), store, NOW.plusSeconds(2))
                .accept("t-1", message("again"), null, null).block();

        assertThat(sent).extracting(OutgoingEvent::type).containsExactly("switchboard.ticket.status-changed.v1",
                "switchboard.ticket.message-received.v1", "switchboard.ticket.reopened.v1");
        assertThat(sent).extracting(OutgoingEvent::id).startsWith(crashed, next.eventId());
        // the message came after the (published) solve, so it reopened the ticket
        assertThat(store.get("t-1").view().status()).isEqualTo(TicketStatus.OPEN);
        assertThat(store.get("t-1").view().reopens()).isEqualTo(1);
    }

    @Test
    void shouldKeepOneFactWhenCrashHappensAfterKafkaAndBeforeClearing() {
        TicketWriteStore forgetful = new DiesBeforeClearing(store);
        assertThatThrownBy(() -> service(brokerThatAcknowledges(), forgetful).accept("t-1", solve(), null, null).block())
                .hasMessageContaining("died");

        relay(brokerThatAcknowledges(), NOW.plus(GRACE).plusSeconds(1)).relayDue().block();

        // sent twice, but as one event: consumers deduplicate on ce_id
        assertThat(sent).hasSize(2);
        assertThat(sent.stream().map(OutgoingEvent::id).distinct()).hasSize(1);
        assertThat(store.get("t-1").hasPending()).isFalse();
        assertThat(store.get("t-1").view().status()).isEqualTo(TicketStatus.SOLVED);
    }

    @Test
    void shouldLetAnAgentActOnlyOnATicketAssignedToIt() {
        TicketEventService service = service(brokerThatAcknowledges(), store);

        assertThatThrownBy(() -> service.accept("t-1", message("not mine"), "a-2", null).block())
                .isInstanceOf(dev.switchboard.ticket.view.TicketNotFoundException.class);
        assertThat(service.accept("t-1", message("mine"), "a-1", null).block()).isNotNull();
        assertThat(sent).hasSize(1);
    }

    @Test
    void shouldAnswer404ForUnknownTicketAndCountTheRejection() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        TicketEventService service = new TicketEventService(clock(NOW), store,
                new PendingEventPublisher(brokerThatAcknowledges(), store), json, meters,
                dev.switchboard.ticket.TestTickets.OCCURRED_AT_RULE);

        assertThatThrownBy(() -> service.accept("nope", message("hi"), null, null).block())
                .isInstanceOf(dev.switchboard.ticket.view.TicketNotFoundException.class);
        assertThat(meters.get("switchboard.ticket.events.rejected").tag("reason", "not_found").counter().count())
                .isEqualTo(1);
    }

    private TicketEventService service(CloudEventPublisher broker, TicketWriteStore writeStore) {
        return service(broker, writeStore, NOW);
    }

    private TicketEventService service(CloudEventPublisher broker, TicketWriteStore writeStore, Instant now) {
        return new TicketEventService(clock(now), writeStore, new PendingEventPublisher(broker, writeStore), json,
                new SimpleMeterRegistry(), dev.switchboard.ticket.TestTickets.OCCURRED_AT_RULE);
    }

    private PendingEventRelay relay(CloudEventPublisher broker, Instant now) {
        return new PendingEventRelay(store, new PendingEventPublisher(broker, store), clock(now),
                new RelayProperties(Duration.ofSeconds(5), GRACE), new SimpleMeterRegistry());
    }

    private CloudEventPublisher brokerThatAcknowledges() {
        CloudEventPublisher broker = mock(CloudEventPublisher.class);
        when(broker.publish(any())).thenAnswer(call -> Mono.fromRunnable(() -> sent.add(call.getArgument(0))));
        return broker;
    }

    /** The process dies after the decision is stored and before Kafka has the record. */
    private static CloudEventPublisher brokerThatDies() {
        CloudEventPublisher broker = mock(CloudEventPublisher.class);
        when(broker.publish(any())).thenAnswer(call -> Mono.error(
                new EventNotPublishedException(((OutgoingEvent) call.getArgument(0)).id(),
                        new IllegalStateException("process died"))));
        return broker;
    }

    private static Clock clock(Instant now) {
        return Clock.fixed(now, ZoneOffset.UTC);
    }

    private static TicketEventDraft message(String body) {
        return new TicketEventDraft("CUSTOMER_MESSAGE", null, body, null, null, null, null, null, null, null, null);
    }

    private static TicketEventDraft solve() {
        return new TicketEventDraft("STATUS_CHANGED", null, null, null, null, "SOLVED", null, null, null, null, null);
    }

    private interface Call {
        Mono<EventReceipt> start(int index);
    }

    private List<EventReceipt> concurrently(int n, Call call) throws Exception {
        return concurrentlyCatching(n, call).stream().map(o -> {
            if (o instanceof Throwable t) {
                throw new AssertionError("a concurrent request failed", t);
            }
            return (EventReceipt) o;
        }).toList();
    }

    /** Starts all calls at once; their first reads meet at a barrier, so that all race for the same version. */
    private List<Object> concurrentlyCatching(int n, Call call) throws Exception {
        store.raceFirstReads(n);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int index = i;
            Callable<Object> task = () -> {
                start.await();
                try {
                    return call.start(index).block(Duration.ofSeconds(10));
                } catch (RuntimeException e) {
                    return e;
                }
            };
            futures.add(threads.submit(task));
        }
        start.countDown();
        List<Object> results = new ArrayList<>();
        for (Future<Object> f : futures) {
            results.add(f.get());
        }
        return results;
    }

    /** Delegates, but the process "dies" once: after Kafka acknowledged and before the pending list was cleared. */
    private static final class DiesBeforeClearing implements TicketWriteStore {
        private final TicketWriteStore delegate;
        private final AtomicBoolean died = new AtomicBoolean();

        DiesBeforeClearing(TicketWriteStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public Mono<TicketWriteState> load(String ticketId) {
            return delegate.load(ticketId);
        }

        @Override
        public Mono<Boolean> claim(TicketWriteState current, TicketView next, List<PendingEvent> pending,
                                   List<EventRequest> requests, Instant decidedAt) {
            return delegate.claim(current, next, pending, requests, decidedAt);
        }

        @Override
        public Mono<Void> clearPending(String ticketId, String firstEventId) {
            return died.compareAndSet(false, true) ? Mono.error(new IllegalStateException("process died"))
                    : delegate.clearPending(ticketId, firstEventId);
        }

        @Override
        public Flux<TicketWriteState> pendingSince(Instant cutoff, int limit) {
            return delegate.pendingSince(cutoff, limit);
        }
    }
}
