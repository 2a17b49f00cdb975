package dev.switchboard.analytics.fact.persistence;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.analytics.AnalyticsProperties;
import dev.switchboard.analytics.fact.FactStore;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class FactPersistenceConfiguration {

    static final String DEFAULT_DATABASE = "switchboard_analytics";
    static final String COLLECTION = "ticket_facts";

    private static final Logger log = LoggerFactory.getLogger(FactPersistenceConfiguration.class);

    /** The database named in {@code spring.mongodb.uri}; a URI without one (a test container's) gets ours. */
    @Bean
    MongoDatabase analyticsDatabase(MongoClient client, MongoConnectionDetails connection) {
        String name = connection.getConnectionString().getDatabase();
        return client.getDatabase(name == null ? DEFAULT_DATABASE : name);
    }

    @Bean
    MongoCollection<Document> ticketFacts(MongoDatabase analyticsDatabase, AnalyticsProperties properties) {
        MongoCollection<Document> facts = analyticsDatabase.getCollection(COLLECTION);
        List<IndexModel> indexes = List.of(
                new IndexModel(Indexes.ascending(FactDocuments.LAST_ACTIVITY_AT)),
                new IndexModel(Indexes.ascending(FactDocuments.SOLVED_NOW, FactDocuments.CREATED_AT)));
        try {
            // indexes only speed queries up: a database that is not reachable yet must not stop the service
            Flux.from(facts.createIndexes(indexes)).blockLast(properties.storeTimeout());
        } catch (RuntimeException e) {
            log.warn("Could not create the indexes of {} now: {}", COLLECTION, e.toString());
        }
        return facts;
    }

    @Bean
    FactStore factStore(MongoCollection<Document> ticketFacts, AnalyticsProperties properties) {
        return new MongoFactStore(ticketFacts, properties.storeTimeout());
    }
}
