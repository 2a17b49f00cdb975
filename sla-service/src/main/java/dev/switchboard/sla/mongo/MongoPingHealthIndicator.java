package dev.switchboard.sla.mongo;

import com.mongodb.reactivestreams.client.MongoDatabase;
import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Readiness needs the database. Boot's own Mongo indicator is switched off because it asks for {@code hello}, which
 * the local stand-in lacks; {@code ping} works on both.
 */
@Component("mongoHealthIndicator")
class MongoPingHealthIndicator implements ReactiveHealthIndicator {

    private final MongoDatabase database;

    MongoPingHealthIndicator(MongoDatabase database) {
        this.database = database;
    }

    @Override
    public Mono<Health> health() {
        return Mono.from(database.runCommand(new Document("ping", 1)))
                .map(answer -> Health.up().withDetail("database", database.getName()).build())
                .timeout(Duration.ofSeconds(3))
                .onErrorResume(e -> Mono.just(Health.down(e).build()));
    }
}
