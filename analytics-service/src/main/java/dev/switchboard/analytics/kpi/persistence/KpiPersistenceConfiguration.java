package dev.switchboard.analytics.kpi.persistence;

import com.mongodb.client.model.IndexModel;
import com.mongodb.client.model.Indexes;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import dev.switchboard.analytics.AnalyticsProperties;
import dev.switchboard.analytics.agent.AgentTimeline;
import dev.switchboard.analytics.agent.AgentTimelineStore;
import dev.switchboard.analytics.fact.FactStore;
import dev.switchboard.analytics.fact.PendingTokens;
import dev.switchboard.analytics.kpi.BucketLevel;
import dev.switchboard.analytics.kpi.Retention;
import dev.switchboard.analytics.kpi.query.KpiReader;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.core.publisher.Flux;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenProperties.class)
class KpiPersistenceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KpiPersistenceConfiguration.class);

    /**
     * Collections {@code kpi_minute}, {@code kpi_hour}, {@code kpi_day}, {@code kpi_total}, and
     * {@code kpi_retired_deltas} (the deltas whose tokens are to be pruned, read by {@code due}: a small collection).
     */
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
        MongoCollection<Document> retired = analyticsDatabase.getCollection(RetiredDeltas.COLLECTION);
        try {
            Flux.from(retired.createIndexes(List.of(new IndexModel(Indexes.ascending(RetiredDeltas.DUE)))))
                    .blockLast(properties.storeTimeout());
        } catch (RuntimeException e) {
            log.warn("Could not create the indexes of {} now: {}", RetiredDeltas.COLLECTION, e.toString());
        }
        return new MongoKpiBuckets(collections, retired, properties.storeTimeout());
    }

    @Bean
    TokenPruner tokenPruner(MongoKpiBuckets kpiBuckets, FactStore factStore, AgentTimelineStore timelines,
                            TokenProperties tokens, Clock clock) {
        // a delta's owner is a ticket id, or "agent:<id>" for an agent's timeline
        PendingTokens owners = ids -> {
            String prefix = AgentTimeline.ownerOf("");
            Set<String> pending = new HashSet<>(factStore.pendingTokens(
                    ids.stream().filter(id -> !id.startsWith(prefix)).toList()));
            pending.addAll(timelines.pendingTokens(ids.stream().filter(id -> id.startsWith(prefix))
                    .map(id -> id.substring(prefix.length())).toList()));
            return pending;
        };
        return new TokenPruner(kpiBuckets, owners, tokens, clock);
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
