package dev.switchboard.ticket.view.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.ticket.view.TicketQuery;
import dev.switchboard.ticket.view.TicketView;
import dev.switchboard.ticket.view.application.TicketViewRepository;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

@Repository
public class MongoTicketViewRepository implements TicketViewRepository {

    static final String COLLECTION = "tickets";

    private static final Logger log = LoggerFactory.getLogger(MongoTicketViewRepository.class);

    private final MongoCollection<Document> tickets;

    public MongoTicketViewRepository(MongoDatabase database) {
        this.tickets = database.getCollection(COLLECTION);
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensureIndexes() {
        try {
            createIndexes().block(Duration.ofSeconds(30));
        } catch (RuntimeException e) {
            // queries stay correct without the indexes, only slower: do not keep the service from serving
            log.warn("could not create the indexes of {}: {}", COLLECTION, e.getMessage());
        }
    }

    /** One index per filter of {@code GET /tickets}, each ending in the cursor's sort keys. */
    Mono<Void> createIndexes() {
        Bson newestFirst = Indexes.descending("createdAt", "_id");
        return Mono.from(tickets.createIndexes(List.of(
                        new IndexModel(newestFirst),
                        new IndexModel(Indexes.compoundIndex(Indexes.ascending("status"), newestFirst)),
                        new IndexModel(Indexes.compoundIndex(Indexes.ascending("assignee"), newestFirst)),
                        new IndexModel(Indexes.compoundIndex(Indexes.ascending("team"), newestFirst)),
                        new IndexModel(Indexes.compoundIndex(Indexes.ascending("priority"), newestFirst)),
                        new IndexModel(Indexes.compoundIndex(Indexes.ascending("customer.id"), newestFirst)))))
                .then();
    }

    @Override
    public Mono<TicketView> findById(String id) {
        return Mono.from(tickets.find(Filters.eq("_id", id)).first()).map(TicketViewDocuments::fromDocument);
    }

    @Override
    public Mono<Boolean> insert(TicketView view) {
        return Mono.from(tickets.insertOne(TicketViewDocuments.toDocument(view)))
                .thenReturn(true)
                .onErrorResume(MongoTicketViewRepository::isDuplicateKey, e -> Mono.just(false));
    }

    @Override
    public Mono<Boolean> replace(TicketView view, long expectedVersion) {
        Bson sameVersion = Filters.and(Filters.eq("_id", view.id()), Filters.eq("version", expectedVersion));
        // $set, not a replacement: the document also holds the write side's pending events and answered keys
        return Mono.from(tickets.updateOne(sameVersion, new Document("$set", TicketViewDocuments.viewFields(view))))
                .map(result -> result.getMatchedCount() == 1);
    }

    @Override
    public Flux<TicketView> search(TicketQuery query) {
        List<Bson> filters = new ArrayList<>();
        filters.add(Filters.ne("createdAt", null));
        if (query.status() != null) {
            filters.add(Filters.eq("status", query.status().name()));
        }
        if (query.assignee() != null) {
            filters.add(Filters.eq("assignee", query.assignee()));
        }
        if (query.team() != null) {
            filters.add(Filters.eq("team", query.team()));
        }
        if (query.priority() != null) {
            filters.add(Filters.eq("priority", query.priority().name()));
        }
        if (query.customer() != null) {
            filters.add(Filters.eq("customer.id", query.customer()));
        }
        if (query.after() != null) {
            var createdAt = TicketViewDocuments.date(query.after().createdAt());
            filters.add(Filters.or(
                    Filters.lt("createdAt", createdAt),
                    Filters.and(Filters.eq("createdAt", createdAt), Filters.lt("_id", query.after().id()))));
        }
        return Flux.from(tickets.find(Filters.and(filters))
                        .sort(Sorts.descending("createdAt", "_id"))
                        .limit(query.limit()))
                .map(TicketViewDocuments::fromDocument);
    }

    static boolean isDuplicateKey(Throwable e) {
        return e instanceof MongoWriteException w && w.getError().getCategory() == ErrorCategory.DUPLICATE_KEY;
    }
}
