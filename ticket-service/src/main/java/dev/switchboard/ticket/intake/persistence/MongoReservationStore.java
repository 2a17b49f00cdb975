package dev.switchboard.ticket.intake.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.ticket.intake.application.Reservation;
import dev.switchboard.ticket.intake.application.ReservationStore;
import org.bson.Document;
import org.bson.types.Binary;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.util.Date;
import java.util.List;

/** Collection {@code intake_reservations}: the key is the document's {@code _id}, so uniqueness needs no index. */
@Repository
class MongoReservationStore implements ReservationStore {

    static final String COLLECTION = "intake_reservations";

    private final MongoCollection<Document> collection;
    private final Clock clock;

    MongoReservationStore(MongoDatabase database, Clock clock) {
        this.collection = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    @Override
    public Mono<Reservation> reserve(Reservation reservation) {
        return Mono.from(collection.insertOne(toDocument(reservation)))
                .thenReturn(reservation)
                .onErrorResume(MongoReservationStore::isDuplicateKey, e -> find(reservation.key()));
    }

    @Override
    public Mono<Void> repoint(String key, String fromTicketId, Reservation winner) {
        Document moved = toDocument(new Reservation(key, winner.ticketId(), winner.event(), winner.published()));
        return Mono.from(collection.replaceOne(Filters.and(Filters.eq("_id", key), Filters.eq("ticketId", fromTicketId)),
                moved)).then();
    }

    @Override
    public Mono<Void> markPublished(List<String> keys) {
        return Mono.from(collection.updateMany(Filters.in("_id", keys), Updates.set("published", true))).then();
    }

    private Mono<Reservation> find(String key) {
        return Mono.from(collection.find(Filters.eq("_id", key)).first())
                .map(d -> new Reservation(d.getString("_id"), d.getString("ticketId"),
                        d.get("event", Binary.class).getData(), d.getBoolean("published", false),
                        d.getDate("reservedAt") == null ? null : d.getDate("reservedAt").toInstant()))
                .switchIfEmpty(Mono.error(() -> new IllegalStateException("reservation " + key + " vanished")));
    }

    private Document toDocument(Reservation r) {
        return new Document("_id", r.key())
                .append("ticketId", r.ticketId())
                .append("event", new Binary(r.event()))
                .append("published", r.published())
                .append("reservedAt", Date.from(clock.instant()));
    }

    private static boolean isDuplicateKey(Throwable e) {
        return e instanceof MongoWriteException w && w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
