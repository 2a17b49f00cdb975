package dev.switchboard.ticket.lifecycle.persistence;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.ticket.TestTickets;
import dev.switchboard.ticket.lifecycle.EventRequest;
import dev.switchboard.ticket.lifecycle.PendingEvent;
import dev.switchboard.ticket.lifecycle.TicketWriteState;
import dev.switchboard.ticket.view.AppliedEvent;
import dev.switchboard.ticket.view.TicketProjection;
import dev.switchboard.ticket.view.TicketView;
import dev.switchboard.ticket.view.persistence.MongoTicketViewRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The write side's conditional writes, which must hold on any MongoDB the service runs against (none of them uses a
 * transaction); subclasses name the server.
 */
abstract class TicketWriteStoreContract {

    private static final Instant T = Instant.parse("2026-11-23T10:00:00Z");

    private MongoClient client;
    private MongoTicketWriteStore store;
    private MongoTicketViewRepository views;

    abstract String connectionString();

    @BeforeEach
    void connect() {
        client = MongoClients.create(connectionString());
        MongoDatabase database = client.getDatabase("test_" + UUID.randomUUID().toString().substring(0, 8));
        store = new MongoTicketWriteStore(database);
        views = new MongoTicketViewRepository(database);
        store.createIndexes().block();
        views.insert(TestTickets.viewIn(TicketStatus.OPEN)).block();
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void shouldLetExactlyOneOfRacingClaimsOnOneVersionWin() {
        TicketWriteState read = store.load("t-1").block();

        List<Boolean> outcomes = Flux.range(0, 16)
                .flatMap(i -> store.claim(read, bumped(read.view()), List.of(pending("e-" + i)), List.of(), T)
                        .subscribeOn(Schedulers.parallel()), 16)
                .collectList().block();

        assertThat(outcomes).filteredOn(won -> won).hasSize(1);
        assertThat(store.load("t-1").block().version()).isEqualTo(read.version() + 1);
    }

    @Test
    void shouldStoreDecisionWithItsPendingEventsAndKeysAndReadThemBack() {
        TicketWriteState read = store.load("t-1").block();
        // a caller's key is stored as a value: dots and dollars are harmless
        var requests = List.of(new EventRequest("platform:p:$gt.x", "e-1"));

        assertThat(store.claim(read, bumped(read.view()), List.of(pending("e-1")), requests, T).block()).isTrue();

        TicketWriteState stored = store.load("t-1").block();
        assertThat(stored.pending()).containsExactly(pending("e-1"));
        assertThat(stored.pendingSince()).isEqualTo(T);
        assertThat(stored.requests()).isEqualTo(requests);
        assertThat(stored.view()).isEqualTo(bumped(read.view()));
    }

    @Test
    void shouldKeepPendingEventsWhenTheProjectionUpdatesTheView() {
        TicketWriteState read = store.load("t-1").block();
        store.claim(read, bumped(read.view()), List.of(pending("e-1")), List.of(new EventRequest("k", "e-1")), T)
                .block();
        TicketView current = views.findById("t-1").block();
        TicketView reassigned = new TicketProjection().apply(current, new AppliedEvent("as-2", T,
                new TicketAssigned("t-1", "a-2", "billing", 1, "LONGEST_IDLE", T))).orElseThrow();

        assertThat(views.replace(reassigned, current.version()).block()).isTrue();

        TicketWriteState after = store.load("t-1").block();
        assertThat(after.view().assignee()).isEqualTo("a-2");
        assertThat(after.pending()).containsExactly(pending("e-1"));
        assertThat(after.requests()).containsExactly(new EventRequest("k", "e-1"));
    }

    @Test
    void shouldClearOnlyTheBatchItWasAskedToAndFindOnlyOldPendingEvents() {
        TicketWriteState read = store.load("t-1").block();
        store.claim(read, bumped(read.view()), List.of(pending("e-1"), pending("e-2")), List.of(), T).block();

        assertThat(store.pendingSince(T, 10).collectList().block()).isEmpty();
        assertThat(store.pendingSince(T.plusSeconds(1), 10).map(s -> s.view().id()).collectList().block())
                .containsExactly("t-1");

        store.clearPending("t-1", "e-2").block();
        assertThat(store.load("t-1").block().pending()).hasSize(2);
        store.clearPending("t-1", "e-1").block();
        TicketWriteState cleared = store.load("t-1").block();
        assertThat(cleared.pending()).isEmpty();
        assertThat(cleared.pendingSince()).isNull();
        assertThat(store.pendingSince(T.plusSeconds(1), 10).collectList().block()).isEmpty();
    }

    private static TicketView bumped(TicketView v) {
        return new TicketView(v.id(), v.externalId(), v.platform(), v.channel(), v.subject(), v.description(),
                v.priority(), TicketStatus.PENDING, v.customer(), v.team(), v.skills(), v.tags(), v.assignee(),
                v.createdAt(), T, v.firstRepliedAt(), v.solvedAt(), v.reopens(), v.escalationLevel(), v.sla(),
                v.version() + 1, v.appliedEventIds());
    }

    private static PendingEvent pending(String id) {
        return new PendingEvent(id, "switchboard.ticket.status-changed.v1", T,
                ("{\"id\":\"" + id + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
