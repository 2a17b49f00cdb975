package dev.switchboard.ticket.view.persistence;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.ticket.TestTickets;
import dev.switchboard.ticket.view.AppliedEvent;
import dev.switchboard.ticket.view.TicketCursor;
import dev.switchboard.ticket.view.TicketProjection;
import dev.switchboard.ticket.view.TicketQuery;
import dev.switchboard.ticket.view.TicketView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the ticket view adapter must do on any MongoDB it runs against; subclasses name the server. */
abstract class TicketViewRepositoryContract {

    private MongoClient client;
    private MongoTicketViewRepository repository;

    abstract String connectionString();

    @BeforeEach
    void connect() {
        client = MongoClients.create(connectionString());
        repository = new MongoTicketViewRepository(client.getDatabase("test_" + UUID.randomUUID().toString().substring(0, 8)));
        repository.createIndexes().block();
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void shouldStoreAndReadBackTheWholeView() {
        TicketView view = view("t-1", Instant.parse("2026-11-23T08:00:00Z"));

        assertThat(repository.insert(view).block()).isTrue();

        assertThat(repository.findById("t-1").block()).isEqualTo(view);
    }

    @Test
    void shouldRefuseSecondInsertOfSameTicket() {
        TicketView view = view("t-1", Instant.parse("2026-11-23T08:00:00Z"));
        repository.insert(view).block();

        assertThat(repository.insert(view).block()).isFalse();
    }

    @Test
    void shouldReplaceOnlyWhenVersionIsUnchanged() {
        TicketView v1 = view("t-1", Instant.parse("2026-11-23T08:00:00Z"));
        repository.insert(v1).block();
        TicketView v2 = copyWithVersion(v1, 2);

        assertThat(repository.replace(v2, 1).block()).isTrue();
        assertThat(repository.replace(copyWithVersion(v1, 3), 1).block()).isFalse();
        assertThat(repository.findById("t-1").map(TicketView::version).block()).isEqualTo(2);
    }

    @Test
    void shouldPageNewestFirstWithCursorAndFilters() {
        Instant t = Instant.parse("2026-11-23T08:00:00Z");
        Mono.when(List.of(repository.insert(view("a", t)), repository.insert(view("b", t)),
                repository.insert(view("c", t.plusSeconds(1))))).block();

        List<String> first = ids(new TicketQuery(TicketStatus.NEW, null, "billing", null, null, 2, null));
        TicketView last = repository.findById(first.getLast()).block();
        List<String> second = ids(new TicketQuery(TicketStatus.NEW, null, "billing", null, null, 2,
                new TicketCursor(last.createdAt(), last.id())));

        assertThat(first).containsExactly("c", "b");
        assertThat(second).containsExactly("a");
        assertThat(ids(new TicketQuery(TicketStatus.OPEN, null, null, null, null, 10, null))).isEmpty();
    }

    @Test
    void shouldFindOnlyTheTicketsOfOneCustomer() {
        Instant t = Instant.parse("2026-11-23T08:00:00Z");
        Mono.when(List.of(repository.insert(view("a", t, "c-1")), repository.insert(view("b", t, "c-2")),
                repository.insert(view("c", t.plusSeconds(1), "c-1")))).block();

        assertThat(ids(new TicketQuery(null, null, null, null, "c-1", 10, null))).containsExactly("c", "a");
        assertThat(ids(new TicketQuery(null, null, null, null, "c-3", 10, null))).isEmpty();
    }

    @Test
    void shouldTreatAnOperatorShapedCustomerIdAsPlainText() {
        repository.insert(view("a", Instant.parse("2026-11-23T08:00:00Z"), "c-1")).block();

        assertThat(ids(new TicketQuery(null, null, null, null, "{\"$gt\":\"\"}", 10, null))).isEmpty();
    }

    private List<String> ids(TicketQuery query) {
        return repository.search(query).map(TicketView::id).collectList().block();
    }

    private static TicketView view(String id, Instant createdAt) {
        return view(id, createdAt, "c-1");
    }

    private static TicketView view(String id, Instant createdAt, String customerId) {
        var created = TestTickets.created(id);
        var customer = new dev.switchboard.events.ticket.Customer(customerId, created.customer().name(),
                created.customer().tier(), created.customer().language());
        var atTime = new dev.switchboard.events.ticket.TicketCreated(id, created.externalId(), created.platform(),
                created.channel(), created.subject(), created.description(), created.priority(), customer,
                created.team(), created.skills(), created.tags(), createdAt, createdAt);
        return new TicketProjection().apply(null, new AppliedEvent(id + ":created", createdAt, atTime)).orElseThrow();
    }

    private static TicketView copyWithVersion(TicketView v, long version) {
        return new TicketView(v.id(), v.externalId(), v.platform(), v.channel(), v.subject(), v.description(),
                v.priority(), v.status(), v.customer(), v.team(), v.skills(), v.tags(), v.assignee(), v.createdAt(),
                v.updatedAt(), v.firstRepliedAt(), v.solvedAt(), v.reopens(), v.escalationLevel(), v.sla(), version,
                v.appliedEventIds());
    }
}
