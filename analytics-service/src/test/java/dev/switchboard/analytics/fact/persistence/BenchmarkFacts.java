package dev.switchboard.analytics.fact.persistence;

import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.analytics.fact.FactStore;

import java.time.Duration;

/** Test-side access to the service's fact store for the benchmark. */
public final class BenchmarkFacts {

    private BenchmarkFacts() {
    }

    public static FactStore store(MongoDatabase database, Duration timeout) {
        return new MongoFactStore(database.getCollection(FactPersistenceConfiguration.COLLECTION), timeout);
    }
}
