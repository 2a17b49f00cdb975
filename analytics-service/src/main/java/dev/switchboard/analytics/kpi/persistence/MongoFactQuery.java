package dev.switchboard.analytics.kpi.persistence;

import com.mongodb.client.model.Filters;
import com.mongodb.reactivestreams.client.MongoCollection;
import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.analytics.fact.persistence.FactDocuments;
import dev.switchboard.analytics.kpi.FactFilter;
import dev.switchboard.analytics.kpi.TimeWindow;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

@Component
class MongoFactQuery implements FactQuery {

    private final MongoCollection<Document> facts;

    MongoFactQuery(@Qualifier("ticketFacts") MongoCollection<Document> facts) {
        this.facts = facts;
    }

    @Override
    public Flux<TicketFact> relevantTo(FactFilter filter, TimeWindow window) {
        List<Bson> criteria = new ArrayList<>();
        if (filter.team() != null) {
            criteria.add(Filters.eq(FactDocuments.EFFECTIVE_TEAM, filter.team()));
        }
        if (filter.agent() != null) {
            criteria.add(Filters.eq(FactDocuments.ASSIGNEE, filter.agent()));
        }
        if (filter.channel() != null) {
            criteria.add(Filters.eq(FactDocuments.CHANNEL, filter.channel().name()));
        }
        if (filter.priority() != null) {
            criteria.add(Filters.eq(FactDocuments.PRIORITY, filter.priority().name()));
        }
        criteria.add(Filters.or(
                Filters.gte(FactDocuments.LAST_ACTIVITY_AT, Date.from(window.from())),
                Filters.and(Filters.eq(FactDocuments.SOLVED_NOW, false),
                        Filters.lt(FactDocuments.CREATED_AT, Date.from(window.to())))));
        return Flux.from(facts.find(Filters.and(criteria)))
                .map(FactDocuments::fromDocument)
                .filter(filter::matches);
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
