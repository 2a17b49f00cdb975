package dev.switchboard.sla.clock.persistence;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.sla.clock.Escalation;
import dev.switchboard.sla.clock.TicketSla;
import dev.switchboard.sla.clock.TicketSlaSnapshot;
import dev.switchboard.sla.clock.TicketSlaStore;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Collection {@code ticket_clocks}: one document per ticket ({@code _id} = ticket id) holding the snapshot of its
 * clocks and applied event ids, a {@code version} for conditional replaces, and {@code open} and {@code partition}
 * (of {@code tickets.events}) so that an instance assigned a partition reads only that partition's tickets that
 * still have an open clock. Called from consumer and timer threads, hence blocking.
 */
@Component
class MongoTicketSlaStore implements TicketSlaStore {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** Loading a partition reads every open ticket of it: far more than one document. */
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(5);

    private final MongoCollection<Document> collection;
    private final JsonMapper json;
    private volatile boolean indexed;

    MongoTicketSlaStore(MongoDatabase database, JsonMapper json) {
        this.collection = database.getCollection("ticket_clocks");
        this.json = json;
    }

    @Override
    public Optional<TicketSla> find(String ticketId) {
        return Optional.ofNullable(Mono.from(collection.find(Filters.eq("_id", ticketId)).first()).block(TIMEOUT))
                .map(this::toSla);
    }

    @Override
    public boolean save(TicketSla sla) {
        long current = sla.version();
        Document document = toDocument(sla, current + 1);
        try {
            if (current == 0) {
                Mono.from(collection.insertOne(document)).block(TIMEOUT);
            } else {
                var result = Mono.from(collection.replaceOne(
                        Filters.and(Filters.eq("_id", sla.ticketId()), Filters.eq("version", current)),
                        document)).block(TIMEOUT);
                if (result == null || result.getMatchedCount() != 1) {
                    return false;
                }
            }
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
        sla.version(current + 1);
        return true;
    }

    @Override
    public List<TicketSla> findOpen(int partition) {
        if (!indexed) {
            Mono.from(collection.createIndex(Indexes.ascending("partition", "open"))).block(TIMEOUT);
            indexed = true;
        }
        return Flux.from(collection.find(Filters.and(Filters.eq("partition", partition), Filters.eq("open", true))))
                .map(this::toSla)
                .collectList()
                .block(LOAD_TIMEOUT);
    }

    @Override
    public List<Escalation> escalations(boolean openOnly) {
        var filter = openOnly ? Filters.eq("state.escalations.open", true) : Filters.exists("state.escalations.0");
        return Flux.from(collection.find(filter))
                .map(this::toSla)
                .flatMapIterable(TicketSla::escalations)
                .filter(escalation -> !openOnly || escalation.open())
                .sort(Comparator.comparing(Escalation::at))
                .collectList()
                .block(TIMEOUT);
    }

    private Document toDocument(TicketSla sla, long version) {
        return new Document("_id", sla.ticketId())
                .append("version", version)
                .append("open", sla.hasOpenClocks())
                .append("partition", sla.partition().orElse(null))
                .append("state", Document.parse(json.writeValueAsString(sla.snapshot())));
    }

    private TicketSla toSla(Document document) {
        TicketSlaSnapshot state = json.readValue(document.get("state", Document.class).toJson(),
                TicketSlaSnapshot.class);
        TicketSla sla = TicketSla.restore(state);
        sla.version(((Number) document.get("version")).longValue());
        return sla;
    }
}
