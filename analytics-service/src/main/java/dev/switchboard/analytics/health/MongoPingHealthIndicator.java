package dev.switchboard.analytics.health;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Readiness contributor {@code mongo}. Boot's own indicator asks {@code hello}, which the local Mongo stand-in does not
 * know; {@code ping} works on both.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator implements ReactiveHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final MongoDatabase database;

    MongoPingHealthIndicator(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Mono<Health> health() {
        return Mono.from(database.runCommand(new Document("ping", 1)))
                .timeout(TIMEOUT)
                .map(reply -> Health.up().withDetail("database", database.getName()).build())
                .onErrorResume(e -> Mono.just(Health.down(e).build()));
    }
}
