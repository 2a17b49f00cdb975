package dev.switchboard.ticket.mongo;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoDatabase;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Optional;

@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    static final String DEFAULT_DATABASE = "switchboard_tickets";

    /** The database named in {@code spring.mongodb.uri}; each service owns one database. */
    @Bean
    MongoDatabase ticketDatabase(MongoClient client, MongoConnectionDetails connectionDetails) {
        String name = Optional.ofNullable(connectionDetails.getConnectionString().getDatabase()).orElse(DEFAULT_DATABASE);
        return client.getDatabase(name);
    }
}
