package dev.switchboard.ticket.lifecycle.persistence;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.ticket.lifecycle.EventRequest;
import dev.switchboard.ticket.lifecycle.PendingEvent;
import dev.switchboard.ticket.lifecycle.TicketWriteState;
import dev.switchboard.ticket.lifecycle.application.TicketWriteStore;
import dev.switchboard.ticket.view.TicketView;
import dev.switchboard.ticket.view.persistence.TicketViewDocuments;
import org.bson.Document;
import org.bson.types.Binary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The write side's fields in the ticket's document of collection {@code tickets}, next to the view's: {@code pending}
 * (events decided, not yet acknowledged by Kafka), {@code pendingFirst} (the first one's id, which names the batch),
 * {@code pendingSince} and {@code eventRequests} (answered Idempotency-Keys). Keys are stored as values, never as field
 * names, so a caller's key can hold dots or dollars.
 */
@Repository
class MongoTicketWriteStore implements TicketWriteStore {

    static final String COLLECTION = "tickets";

    private static final Logger log = LoggerFactory.getLogger(MongoTicketWriteStore.class);

    private final MongoCollection<Document> tickets;

    MongoTicketWriteStore(MongoDatabase database) {
        this.tickets = database.getCollection(COLLECTION);
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureIndexes() {
        try {
            createIndexes().block(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            log.warn("could not create the pending-events index of {}: {}", COLLECTION, e.getMessage());
        }
    }

    Mono<Void> createIndexes() {
        return Mono.from(tickets.createIndexes(List.of(new IndexModel(Indexes.ascending("pendingSince"))))).then();
    }

    @Override
    public Mono<TicketWriteState> load(String ticketId) {
        return Mono.from(tickets.find(Filters.eq("_id", ticketId)).first()).map(MongoTicketWriteStore::state);
    }

    @Override
    public Mono<Boolean> claim(TicketWriteState current, TicketView next, List<PendingEvent> pending,
                               List<EventRequest> requests, Instant decidedAt) {
        Document set = TicketViewDocuments.viewFields(next)
                .append("pending", pending.stream().map(MongoTicketWriteStore::toDocument).toList())
                .append("pendingFirst", pending.isEmpty() ? null : pending.getFirst().id())
                .append("pendingSince", pending.isEmpty() ? null : Date.from(decidedAt))
                .append("eventRequests", requests.stream()
                        .map(r -> new Document("key", r.key()).append("eventId", r.eventId())).toList());
        var sameVersion = Filters.and(Filters.eq("_id", next.id()), Filters.eq("version", current.version()));
        return Mono.from(tickets.updateOne(sameVersion, new Document("$set", set)))
                .map(result -> result.getMatchedCount() == 1);
    }

    @Override
    public Mono<Void> clearPending(String ticketId, String firstEventId) {
        // no version change: only claims (which require an empty pending list) and this write touch these fields
        return Mono.from(tickets.updateOne(
                        Filters.and(Filters.eq("_id", ticketId), Filters.eq("pendingFirst", firstEventId)),
                        Updates.combine(Updates.set("pending", List.of()), Updates.unset("pendingFirst"),
                                Updates.unset("pendingSince"))))
                .then();
    }

    @Override
    public Flux<TicketWriteState> pendingSince(Instant cutoff, int limit) {
        return Flux.from(tickets.find(Filters.lt("pendingSince", Date.from(cutoff)))
                        .sort(Sorts.ascending("pendingSince"))
                        .limit(limit))
                .map(MongoTicketWriteStore::state);
    }

    private static TicketWriteState state(Document d) {
        List<PendingEvent> pending = d.getList("pending", Document.class, List.of()).stream()
                .map(p -> new PendingEvent(p.getString("id"), p.getString("type"), p.getDate("time").toInstant(),
                        p.get("data", Binary.class).getData()))
                .toList();
        List<EventRequest> requests = d.getList("eventRequests", Document.class, List.of()).stream()
                .map(r -> new EventRequest(r.getString("key"), r.getString("eventId")))
                .toList();
        Date since = d.getDate("pendingSince");
        return new TicketWriteState(TicketViewDocuments.fromDocument(d), pending,
                since == null ? null : since.toInstant(), requests);
    }

    private static Document toDocument(PendingEvent e) {
        return new Document("id", e.id()).append("type", e.type()).append("time", Date.from(e.time()))
                .append("data", new Binary(e.data()));
    }
}
