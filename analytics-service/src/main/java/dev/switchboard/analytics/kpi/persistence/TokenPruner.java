package dev.switchboard.analytics.kpi.persistence;

import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import dev.switchboard.analytics.fact.PendingTokens;
import dev.switchboard.analytics.kpi.BucketLevel;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the buckets' token arrays bounded: removes the tokens of deltas that are cleared from their facts, so a bucket
 * holds only the tokens of the deltas of the last few {@code retention}s (without this, the all-time bucket of the
 * {@code ALL} view holds one token per fact version ever written and outgrows MongoDB's 16 MB document limit).
 * <p>
 * A token is what makes a repeated delta count once, so it may only go when no copy of its delta can be applied again.
 * Copies come only from reads of the fact made while the delta was pending (the clear increments the fact's version, so
 * no writer can put it back). So, in two steps: a retired delta found cleared is marked {@code seen} now (a moment
 * after its clear); {@code retention} later its tokens are pulled and each of its buckets gets a {@code fence} of
 * {@code seen + max-clock-skew}, which refuses every delta read before it, so any copy read before the clear. A delta
 * found still pending (its clear was lost) is looked at again later. Lost runs only delay pruning.
 */
public class TokenPruner {

    private static final Logger log = LoggerFactory.getLogger(TokenPruner.class);
    private static final int BATCH = 1_000;

    private final MongoKpiBuckets buckets;
    private final PendingTokens owners;
    private final TokenProperties properties;
    private final Clock clock;

    TokenPruner(MongoKpiBuckets buckets, PendingTokens owners, TokenProperties properties, Clock clock) {
        this.buckets = buckets;
        this.owners = owners;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${switchboard.analytics.tokens.prune-interval}",
            initialDelayString = "${switchboard.analytics.tokens.prune-interval}")
    public void run() {
        try {
            int pruned = prune();
            if (pruned > 0) {
                log.debug("Pruned the tokens of {} cleared deltas", pruned);
            }
        } catch (RuntimeException e) {
            // the next run takes the same documents again: nothing is lost by a failed run
            log.warn("Could not prune delta tokens: {}", e.toString());
        }
    }

    /**
     * Takes every retired delta that is due, a thousand at a time, until none is left; returns how many deltas'
     * tokens it pruned. All of them, not one batch per run: under load more than a batch is retired per interval,
     * and a pruner that falls behind lets the hot buckets' token arrays (and so each bucket write) grow without bound.
     */
    public int prune() {
        int pruned = 0;
        Batch batch;
        do {
            batch = pruneBatch();
            pruned += batch.pulled();
        } while (batch.taken() == BATCH);
        return pruned;
    }

    /** How many due deltas one batch took, and of those how many had their tokens pulled. */
    private record Batch(int taken, int pulled) {
    }

    private Batch pruneBatch() {
        Instant now = clock.instant();
        Duration timeout = buckets.timeout();
        List<Document> due = Flux.from(buckets.retired().find(Filters.lte(RetiredDeltas.DUE, Date.from(now)))
                .limit(BATCH)).collectList().block(timeout);
        if (due == null || due.isEmpty()) {
            return new Batch(0, 0);
        }
        List<Document> unseen = due.stream().filter(d -> d.getDate(RetiredDeltas.SEEN) == null).toList();
        List<Document> seen = due.stream().filter(d -> d.getDate(RetiredDeltas.SEEN) != null).toList();
        markCleared(unseen, now, timeout);
        pull(seen, timeout);
        return new Batch(due.size(), seen.size());
    }

    private void markCleared(List<Document> unseen, Instant now, Duration timeout) {
        if (unseen.isEmpty()) {
            return;
        }
        Set<String> pending = owners.of(unseen.stream()
                .map(d -> d.getString(RetiredDeltas.OWNER)).toList());
        Date next = Date.from(now.plus(properties.retention()));
        List<WriteModel<Document>> updates = new ArrayList<>();
        unseen.forEach(retired -> updates.add(new UpdateOneModel<>(
                Filters.eq(BucketDocuments.ID, retired.getString(BucketDocuments.ID)),
                pending.contains(retired.getString(BucketDocuments.ID))
                        ? Updates.set(RetiredDeltas.DUE, next)
                        : Updates.combine(Updates.set(RetiredDeltas.SEEN, Date.from(now)),
                        Updates.set(RetiredDeltas.DUE, next)))));
        Mono.from(buckets.retired().bulkWrite(updates, new BulkWriteOptions().ordered(false))).block(timeout);
    }

    private void pull(List<Document> seen, Duration timeout) {
        if (seen.isEmpty()) {
            return;
        }
        Instant latestSeen = seen.stream().map(d -> d.getDate(RetiredDeltas.SEEN).toInstant())
                .max(Comparator.naturalOrder()).orElseThrow();
        Date fence = Date.from(latestSeen.plus(properties.maxClockSkew()));
        for (BucketLevel level : BucketLevel.values()) {
            Map<String, List<String>> tokensByBucket = new LinkedHashMap<>();
            seen.forEach(retired -> retired.get(RetiredDeltas.BUCKETS, Document.class)
                    .getList(level.name(), String.class, List.of())
                    .forEach(id -> tokensByBucket.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(retired.getString(BucketDocuments.ID))));
            if (tokensByBucket.isEmpty()) {
                continue;
            }
            List<WriteModel<Document>> updates = new ArrayList<>();
            // the fence first in effect: one update sets it and pulls the tokens together
            tokensByBucket.forEach((id, tokens) -> updates.add(new UpdateOneModel<>(
                    Filters.eq(BucketDocuments.ID, id),
                    Updates.combine(Updates.pullAll(BucketDocuments.APPLIED, tokens),
                            Updates.max(BucketDocuments.FENCE, fence)))));
            Mono.from(buckets.collection(level).bulkWrite(updates, new BulkWriteOptions().ordered(false)))
                    .block(timeout);
        }
        Mono.from(buckets.retired().deleteMany(Filters.in(BucketDocuments.ID,
                seen.stream().map(d -> d.getString(BucketDocuments.ID)).toList()))).block(timeout);
    }
}
