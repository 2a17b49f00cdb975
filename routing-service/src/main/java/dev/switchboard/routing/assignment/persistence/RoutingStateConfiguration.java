package dev.switchboard.routing.assignment.persistence;

import com.mongodb.ConnectionString;
import com.mongodb.reactivestreams.client.MongoClient;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.config.RoutingProperties;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/**
 * Builds the one engine and fills it from MongoDB while the context starts: the Stream bindings only start
 * consuming after every bean exists, so no event is decided on an empty state.
 */
@Configuration(proxyBeanMethods = false)
class RoutingStateConfiguration {

    static final String DEFAULT_DATABASE = "switchboard_routing";

    @Bean
    RoutingStateStore routingStateStore(MongoClient mongoClient, MongoConnectionDetails connection,
                                        RoutingProperties properties) {
        ConnectionString connectionString = connection.getConnectionString();
        String database = connectionString.getDatabase() == null ? DEFAULT_DATABASE : connectionString.getDatabase();
        return new MongoRoutingStateStore(mongoClient.getDatabase(database), properties.storeTimeout());
    }

    @Bean
    RoutingEngine routingEngine(Clock clock, RoutingStateStore store, RoutingProperties properties) {
        RoutingEngine engine = new RoutingEngine(clock, properties.toPolicy());
        engine.restore(store.loadAgents(), store.loadTickets());
        return engine;
    }
}
