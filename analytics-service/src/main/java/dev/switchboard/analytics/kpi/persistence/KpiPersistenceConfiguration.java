package dev.switchboard.analytics.kpi.persistence;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.analytics.AnalyticsProperties;
import dev.switchboard.analytics.kpi.BucketLevel;
import dev.switchboard.analytics.kpi.Retention;
import dev.switchboard.analytics.kpi.query.KpiReader;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
class KpiPersistenceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KpiPersistenceConfiguration.class);

    /** Collections {@code kpi_minute}, {@code kpi_hour}, {@code kpi_day}, {@code kpi_total}. */
    @Bean
    MongoKpiBuckets kpiBuckets(MongoDatabase analyticsDatabase, AnalyticsProperties properties) {
        Map<BucketLevel, MongoCollection<Document>> collections = new EnumMap<>(BucketLevel.class);
        for (BucketLevel level : BucketLevel.values()) {
            MongoCollection<Document> collection = analyticsDatabase.getCollection(collectionName(level));
            List<IndexModel> indexes = List.of(
                    new IndexModel(Indexes.ascending(BucketDocuments.VIEW, BucketDocuments.START)),
                    new IndexModel(Indexes.ascending(BucketDocuments.START)));
            try {
                // indexes only speed queries up: a database that is not reachable yet must not stop the service
                Flux.from(collection.createIndexes(indexes)).blockLast(properties.storeTimeout());
            } catch (RuntimeException e) {
                log.warn("Could not create the indexes of {} now: {}", collectionName(level), e.toString());
            }
            collections.put(level, collection);
        }
        return new MongoKpiBuckets(collections, properties.storeTimeout());
    }

    @Bean
    KpiReader kpiReader(MongoKpiBuckets kpiBuckets, AnalyticsProperties properties, Clock clock) {
        return new KpiReader(kpiBuckets, retention(properties), clock);
    }

    @Bean
    BucketRetentionJob bucketRetentionJob(MongoKpiBuckets kpiBuckets, AnalyticsProperties properties, Clock clock) {
        return new BucketRetentionJob(kpiBuckets, retention(properties), clock);
    }

    static String collectionName(BucketLevel level) {
        return "kpi_" + level.name().toLowerCase(Locale.ROOT);
    }

    private static Retention retention(AnalyticsProperties properties) {
        return new Retention(properties.minuteRetention(), properties.hourRetention(), properties.dayRetention());
    }
}
