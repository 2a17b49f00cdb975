package dev.switchboard.ticket.mongo;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractReactiveHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Readiness of the database by {@code ping}: Boot's own indicator is switched off because it runs {@code hello},
 * which the local Mongo stand-in does not know. Its bean name makes it the contributor {@code mongo}.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator extends AbstractReactiveHealthIndicator {

    private final MongoDatabase database;

    MongoPingHealthIndicator(MongoDatabase database) {
        super("MongoDB ping failed");
        this.database = database;
    }

    @Override
    protected Mono<Health> doHealthCheck(Health.Builder builder) {
        return Mono.from(database.runCommand(new Document("ping", 1)))
                .timeout(Duration.ofSeconds(2))
                .map(answer -> builder.up().withDetail("database", database.getName()).build());
    }
}
