package dev.switchboard.routing.leadership.persistence;

import com.mongodb.MongoException;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.routing.leadership.Lease;
import dev.switchboard.routing.leadership.LeaseStore;
import org.bson.Document;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lt;

/**
 * The lease as one document ({@code leases/_id: "routing-engine"}), changed only by single-document conditional
 * updates, which real MongoDB and the stand-in both make atomic. A takeover upserts: while the lease is valid the
 * filter misses the existing document, the upsert collides on {@code _id} (duplicate key) and nothing changes.
 */
public class MongoLeaseStore implements LeaseStore {

    static final String LEASE_ID = "routing-engine";
    private static final int DUPLICATE_KEY = 11000;
    private static final FindOneAndUpdateOptions AFTER = new FindOneAndUpdateOptions()
            .returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> leases;
    private final Duration timeout;

    public MongoLeaseStore(MongoDatabase database, Duration timeout) {
        this.leases = database.getCollection("leases");
        this.timeout = timeout;
    }

    @Override
    public Optional<Lease> current() {
        return Optional.ofNullable(Mono.from(leases.find(eq("_id", LEASE_ID)).first()).block(timeout))
                .map(MongoLeaseStore::lease);
    }

    @Override
    public Optional<Lease> renew(String holder, long epoch, Instant expiresAt) {
        return Optional.ofNullable(Mono.from(leases.findOneAndUpdate(
                        and(eq("_id", LEASE_ID), eq("holder", holder), eq("epoch", epoch)),
                        Updates.set("expiresAt", Date.from(expiresAt)), AFTER))
                .block(timeout)).map(MongoLeaseStore::lease);
    }

    @Override
    public Optional<Lease> takeOver(String holder, Instant now, Instant expiresAt) {
        try {
            return Optional.ofNullable(Mono.from(leases.findOneAndUpdate(
                            and(eq("_id", LEASE_ID), lt("expiresAt", Date.from(now))),
                            Updates.combine(Updates.set("holder", holder),
                                    Updates.set("expiresAt", Date.from(expiresAt)),
                                    Updates.inc("epoch", 1L)),
                            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER)))
                    .block(timeout)).map(MongoLeaseStore::lease);
        } catch (MongoException e) {
            if (e.getCode() == DUPLICATE_KEY) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void release(String holder, long epoch) {
        Mono.from(leases.updateOne(and(eq("_id", LEASE_ID), eq("holder", holder), eq("epoch", epoch)),
                Updates.set("expiresAt", new Date(0)))).block(timeout);
    }

    private static Lease lease(Document document) {
        return new Lease(document.getString("holder"), ((Number) document.get("epoch")).longValue(),
                document.getDate("expiresAt").toInstant());
    }
}
