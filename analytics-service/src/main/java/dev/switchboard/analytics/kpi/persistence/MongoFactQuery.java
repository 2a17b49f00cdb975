package dev.switchboard.analytics.kpi.persistence;

import com.mongodb.reactivestreams.client.MongoCollection;
import dev.switchboard.analytics.fact.persistence.FactDocuments;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.util.List;

@Component
class MongoFactQuery implements FactQuery {

    private final MongoCollection<Document> facts;

    MongoFactQuery(@Qualifier("ticketFacts") MongoCollection<Document> facts) {
        this.facts = facts;
    }

    @Override
    public Flux<BacklogCount> backlogNow() {
        Document group = new Document("_id", new Document("team", "$" + FactDocuments.EFFECTIVE_TEAM)
                .append("priority", "$" + FactDocuments.PRIORITY))
                .append("count", new Document("$sum", 1));
        return Flux.from(facts.aggregate(List.of(
                        new Document("$match", new Document(FactDocuments.SOLVED_NOW, false)
                                .append(FactDocuments.CREATED_AT, new Document("$ne", null))),
                        new Document("$group", group))))
                .map(row -> {
                    Document key = row.get("_id", Document.class);
                    return new BacklogCount(key.getString("team"), key.getString("priority"),
                            row.get("count", Number.class).longValue());
                });
    }
}
