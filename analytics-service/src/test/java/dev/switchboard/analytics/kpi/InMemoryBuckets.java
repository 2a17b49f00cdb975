package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.BucketWriter;
import dev.switchboard.analytics.fact.Contributions;
import dev.switchboard.analytics.fact.PendingDelta;
import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.analytics.kpi.query.BucketQuery;
import reactor.core.publisher.Flux;

import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The bucket store's contract in memory: same levels, views and token rule as MongoDB, for tests without a database.
 * It never prunes tokens, so it needs no fence.
 */
public final class InMemoryBuckets implements BucketWriter, BucketQuery {

    private record Key(BucketLevel level, View view, Map<String, String> dimensions, Instant start) {
    }

    private final Map<Key, KpiTotals> buckets = new HashMap<>();
    private final Map<BucketLevel, Map<View, Set<Key>>> index = new EnumMap<>(BucketLevel.class);
    private final Map<Key, Set<String>> applied = new HashMap<>();

    /** Buckets holding the whole contributions of these facts, as the consumers would have left them. */
    public static InMemoryBuckets of(List<TicketFact> facts) {
        InMemoryBuckets buckets = new InMemoryBuckets();
        facts.forEach(fact -> buckets.apply(fact.ticketId() + "@1",
                new PendingDelta(1, Contributions.difference(List.of(), Contributions.of(fact))), Instant.EPOCH));
        return buckets;
    }

    @Override
    public synchronized void apply(String token, PendingDelta delta, Instant readAt) {
        delta.changes().forEach((contribution, times) -> {
            for (BucketLevel level : BucketLevel.values()) {
                for (View view : View.values()) {
                    if (!view.keeps(contribution)) {
                        continue;
                    }
                    Key key = new Key(level, view, view.dimensions(contribution.cell()), level.start(contribution.at()));
                    if (!applied.computeIfAbsent(key, k -> new HashSet<>()).contains(token)) {
                        buckets.computeIfAbsent(key, k -> {
                            index.computeIfAbsent(level, l -> new EnumMap<>(View.class))
                                    .computeIfAbsent(view, v -> new HashSet<>()).add(k);
                            return new KpiTotals();
                        }).add(contribution, times);
                    }
                }
            }
        });
        // the token is recorded per bucket after the whole delta, as one upsert per bucket would
        delta.changes().keySet().forEach(contribution -> {
            for (BucketLevel level : BucketLevel.values()) {
                for (View view : View.values()) {
                    if (!view.keeps(contribution)) {
                        continue;
                    }
                    applied.get(new Key(level, view, view.dimensions(contribution.cell()),
                            level.start(contribution.at()))).add(token);
                }
            }
        });
    }

    @Override
    public synchronized Flux<KpiBucket> find(BucketLevel level, View view, Map<String, String> dimensions,
                                             Instant from, Instant to) {
        List<KpiBucket> found = index.getOrDefault(level, Map.of()).getOrDefault(view, Set.of()).stream()
                .filter(key -> buckets.containsKey(key))
                .filter(key -> dimensions.entrySet().stream().allMatch(wanted ->
                        Objects.equals(key.dimensions().get(wanted.getKey()), wanted.getValue())))
                .filter(key -> level == BucketLevel.TOTAL
                        || !key.start().isBefore(from) && key.start().isBefore(to))
                .map(key -> new KpiBucket(key.start(), View.key(key.dimensions()),
                        new KpiTotals().add(buckets.get(key))))
                .toList();
        return Flux.fromIterable(found);
    }

    public synchronized void deleteBefore(BucketLevel level, Instant horizon) {
        buckets.keySet().removeIf(key -> key.level() == level && key.start().isBefore(horizon));
    }
}
