package dev.switchboard.ticket.intake.application;

import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.ticket.intake.CreateTicketCommand;
import dev.switchboard.ticket.kafka.CloudEventPublisher;
import dev.switchboard.ticket.kafka.EventJson;
import dev.switchboard.ticket.kafka.OutgoingEvent;
import dev.switchboard.ticket.view.application.TicketViewRepository;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class TicketIntakeServiceTest {

    private final InMemoryReservations reservations = new InMemoryReservations();
    private final CloudEventPublisher publisher = mock(CloudEventPublisher.class);
    private final TicketViewRepository views = mock(TicketViewRepository.class);
    private final EventJson json = new EventJson(JsonMapper.builder().build());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final TicketIntakeService service = new TicketIntakeService(
            Clock.fixed(Instant.parse("2026-11-23T08:00:00Z"), ZoneOffset.UTC), reservations, publisher, views, json,
            meters, dev.switchboard.ticket.TestTickets.OCCURRED_AT_RULE);

    @BeforeEach
    void brokerAcknowledges() {
        when(publisher.publish(any())).thenReturn(Mono.empty());
        when(views.findById(anyString())).thenReturn(Mono.empty());
        when(views.insert(any())).thenReturn(Mono.just(true));
    }

    @Test
    void shouldPublishOnceAndMarkReservationPublished() {
        IntakeResult result = service.create(command("zd-1"), "zendesk", "k-1", IntakeSource.REST).block();

        assertThat(result.created()).isTrue();
        var sent = ArgumentCaptor.forClass(OutgoingEvent.class);
        verify(publisher).publish(sent.capture());
        assertThat(sent.getValue().id()).isEqualTo(result.ticket().id() + ":created");
        assertThat(reservations.byKey.values()).allMatch(Reservation::published);
        assertThat(meters.get("switchboard.tickets.received").counter().count()).isEqualTo(1);
    }

    @Test
    void shouldSeedTheViewOnlyAfterKafkaAcknowledged() {
        IntakeResult result = service.create(command("zd-1"), "zendesk", null, IntakeSource.REST).block();

        var inOrder = org.mockito.Mockito.inOrder(publisher, views);
        inOrder.verify(publisher).publish(any());
        inOrder.verify(views).insert(result.ticket());
    }

    @Test
    void shouldStillAnswerCreatedWhenSeedingTheViewFails() {
        when(views.insert(any())).thenReturn(Mono.error(new IllegalStateException("mongo down")));

        IntakeResult result = service.create(command("zd-1"), "zendesk", "k-1", IntakeSource.REST).block();

        assertThat(result.created()).isTrue();
        assertThat(reservations.byKey.values()).allMatch(Reservation::published);
    }

    @Test
    void shouldAnswerSameTicketWithoutPublishingAgainWhenRetried() {
        String first = service.create(command(null), "zendesk", "k-1", IntakeSource.REST).block().ticket().id();

        IntakeResult retry = service.create(command(null), "zendesk", "k-1", IntakeSource.REST).block();

        assertThat(retry.ticket().id()).isEqualTo(first);
        assertThat(retry.created()).isFalse();
        verify(publisher, times(1)).publish(any());
    }

    @Test
    void shouldPublishSameEventAgainWhenFirstAttemptDiedBeforePublishing() {
        when(publisher.publish(any())).thenReturn(Mono.error(new IllegalStateException("crash")), Mono.empty());
        service.create(command("zd-9"), "zendesk", null, IntakeSource.REST).onErrorComplete().block();
        var firstAttempt = ArgumentCaptor.forClass(OutgoingEvent.class);
        verify(publisher).publish(firstAttempt.capture());

        IntakeResult retry = service.create(command("zd-9"), "zendesk", null, IntakeSource.REST).block();

        var both = ArgumentCaptor.forClass(OutgoingEvent.class);
        verify(publisher, times(2)).publish(both.capture());
        OutgoingEvent again = both.getAllValues().get(1);
        assertThat(again.id()).isEqualTo(firstAttempt.getValue().id());
        assertThat(again.data()).isEqualTo(firstAttempt.getValue().data());
        assertThat(retry.ticket().id()).isEqualTo(json.read(again.data(), TicketCreated.class).ticketId());
    }

    @Test
    void shouldLeadIdempotencyKeyToWinnerWhenExternalIdWasTakenByAnotherRequest() {
        String winner = service.create(command("zd-5"), "zendesk", "k-A", IntakeSource.REST).block().ticket().id();

        String loser = service.create(command("zd-5"), "zendesk", "k-B", IntakeSource.REST).block().ticket().id();
        String retryOfLoser = service.create(command(null), "zendesk", "k-B", IntakeSource.REST).block().ticket().id();

        assertThat(loser).isEqualTo(winner);
        assertThat(retryOfLoser).isEqualTo(winner);
        verify(publisher, times(1)).publish(any());
    }

    @Test
    void shouldNotReserveOrPublishInvalidRequest() {
        var invalid = new CreateTicketCommand(null, "FAX", "s", null, "LOW",
                new CreateTicketCommand.CustomerCommand("c", null, null, null), null, null, null, null);

        service.create(invalid, "zendesk", "k-1", IntakeSource.REST).onErrorComplete().block();

        assertThat(reservations.byKey).isEmpty();
        verify(publisher, never()).publish(any());
    }

    private static CreateTicketCommand command(String externalId) {
        return new CreateTicketCommand(externalId, "EMAIL", "Refund", null, "HIGH",
                new CreateTicketCommand.CustomerCommand("c-1", null, "VIP", null), "billing", List.of(), List.of(),
                null);
    }

    /** Behaves like the unique _id of the Mongo collection. */
    static final class InMemoryReservations implements ReservationStore {
        final Map<String, Reservation> byKey = new ConcurrentHashMap<>();

        @Override
        public Mono<Reservation> reserve(Reservation reservation) {
            return Mono.fromSupplier(() -> {
                Reservation existing = byKey.putIfAbsent(reservation.key(), reservation);
                return existing == null ? reservation : existing;
            });
        }

        @Override
        public Mono<Void> repoint(String key, String fromTicketId, Reservation winner) {
            return Mono.fromRunnable(() -> byKey.computeIfPresent(key, (k, r) -> r.ticketId().equals(fromTicketId)
                    ? new Reservation(k, winner.ticketId(), winner.event(), winner.published()) : r));
        }

        @Override
        public Mono<Void> markPublished(List<String> keys) {
            return Mono.fromRunnable(() -> keys.forEach(k -> byKey.computeIfPresent(k,
                    (key, r) -> new Reservation(key, r.ticketId(), r.event(), true))));
        }
    }
}
