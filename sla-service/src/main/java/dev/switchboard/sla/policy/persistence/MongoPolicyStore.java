package dev.switchboard.sla.policy.persistence;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.sla.policy.PolicyStore;
import dev.switchboard.sla.policy.SlaPolicy;
import org.bson.Document;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.List;

/** Collection {@code policies}: one document per policy, {@code _id} = its name. */
@Component
class MongoPolicyStore implements PolicyStore {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final MongoCollection<Document> collection;
    private final JsonMapper json;

    MongoPolicyStore(MongoDatabase database, JsonMapper json) {
        this.collection = database.getCollection("policies");
        this.json = json;
    }

    @Override
    public List<SlaPolicy> findAll() {
        return Flux.from(collection.find())
                .map(document -> json.readValue(document.get("policy", Document.class).toJson(), SlaPolicy.class))
                .collectList()
                .block(TIMEOUT);
    }

    @Override
    public void save(SlaPolicy policy) {
        Document document = new Document("_id", policy.name())
                .append("policy", Document.parse(json.writeValueAsString(policy)));
        Mono.from(collection.replaceOne(Filters.eq("_id", policy.name()), document,
                new ReplaceOptions().upsert(true))).block(TIMEOUT);
    }
}
