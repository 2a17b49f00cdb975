package dev.switchboard.routing.health;

import com.mongodb.reactivestreams.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Readiness check for MongoDB through {@code ping}: Boot's own indicator sends {@code hello}, which the local Mongo
 * stand-in does not know. The bean name makes it the {@code mongo} contributor of the readiness group.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator implements ReactiveHealthIndicator {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final MongoClient mongoClient;

    MongoPingHealthIndicator(MongoClient mongoClient) {
        this.mongoClient = mongoClient;
    }

    @Override
    public Mono<Health> health() {
        return Mono.from(mongoClient.getDatabase("admin").runCommand(new Document("ping", 1)))
                .map(answer -> Health.up().build())
                .timeout(TIMEOUT)
                .onErrorResume(error -> Mono.just(Health.down(error).build()));
    }
}
