package dev.switchboard.analytics.bench;

import ch.qos.logback.classic.Level;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import com.mongodb.reactivestreams.client.MongoCollection;
import com.mongodb.reactivestreams.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.analytics.correctness.SyntheticDay;
import dev.switchboard.analytics.correctness.SyntheticDay.Published;
import dev.switchboard.analytics.fact.FactRecorder;
import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.analytics.fact.TicketFactApplier;
import dev.switchboard.analytics.fact.persistence.BenchmarkFacts;
import dev.switchboard.analytics.kpi.BucketLevel;
import dev.switchboard.analytics.kpi.FactFilter;
import dev.switchboard.analytics.kpi.GroupBy;
import dev.switchboard.analytics.kpi.Interval;
import dev.switchboard.analytics.kpi.Retention;
import dev.switchboard.analytics.kpi.TimeWindow;
import dev.switchboard.analytics.kpi.TimeseriesMetric;
import dev.switchboard.analytics.kpi.persistence.BenchmarkBuckets;
import dev.switchboard.analytics.kpi.query.KpiReader;
import dev.switchboard.events.ticket.Priority;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The analytics benchmark (issue 6, item 8), a {@code main} in the test sources so that every build compiles it while
 * no build runs it (see the module README for the command). It loads {@code bench.days} (30) days of buckets for
 * {@code bench.teams} (50) teams × {@code bench.agentsPerTeam} (10, so 500 agents) at {@code bench.ticketsPerDay}
 * (5,000) tickets a day into the Mongo stand-in (memory backend, in this JVM), then measures, one query at a time:
 * <ul>
 *   <li>latency p50/p99 of the service's own {@link KpiReader} (summary, time series, agents table) against a baseline
 *   measured in the same run: a plain {@code find} of the bucket documents a 30-day summary reads (its day buckets);</li>
 *   <li>events consumed per second through the projection and bucket writer ({@link FactRecorder} with the service's
 *   Mongo stores; the broker is not included), against a baseline of plain single-document {@code $inc} upserts.</li>
 * </ul>
 * Figures are printed as a Markdown table; compare ratios, not absolute numbers, across machines.
 */
public final class KpiBenchmark {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);
    private static final Instant FIRST_DAY = Instant.parse("2026-10-24T00:00:00Z");

    private KpiBenchmark() {
    }

    public static void main(String[] args) {
        int days = Integer.getInteger("bench.days", 30);
        int teams = Integer.getInteger("bench.teams", 50);
        int agentsPerTeam = Integer.getInteger("bench.agentsPerTeam", 10);
        int ticketsPerDay = Integer.getInteger("bench.ticketsPerDay", 5_000);
        int samples = Integer.getInteger("bench.samples", 40);
        int ingestTickets = Integer.getInteger("bench.ingestTickets", 400);
        // on the stand-in every conditional write scans its collection: a few tickets tell the rate on a loaded store
        int loadedIngestTickets = Integer.getInteger("bench.loadedIngestTickets", 3);
        boolean queries = Boolean.parseBoolean(System.getProperty("bench.queries", "true"));
        // the stand-in logs every ignored secondary index and the driver every connection at DEBUG
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("de.bwaldvogel")).setLevel(Level.ERROR);
        Instant now = FIRST_DAY.plus(Duration.ofDays(days)).plus(Duration.ofHours(13)).plusSeconds(37 * 60 + 11);
        MongoServer server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoDatabase database = client.getDatabase("bench");
            out("load average before loading: %.2f", load());
            long loadStart = System.nanoTime();
            List<TicketFact> facts = new ArrayList<>();
            TicketFactApplier applier = new TicketFactApplier();
            long events = 0;
            for (int day = 0; day < days; day++) {
                List<Published> published = SyntheticDay.generate(day, FIRST_DAY.plus(Duration.ofDays(day)),
                        "d" + day + "-t-", ticketsPerDay, teams, agentsPerTeam);
                events += published.size();
                facts.addAll(fold(applier, published));
            }
            Instant minutesFrom = new Retention(Duration.ofDays(7), Duration.ofDays(92), Duration.ofDays(1830))
                    .minuteHorizon(now);
            Map<BucketLevel, Long> documents = new LinkedHashMap<>();
            for (BucketLevel level : BucketLevel.values()) {
                documents.put(level, BenchmarkBuckets.load(database, level, facts, minutesFrom));
            }
            out("loaded %,d tickets (%,d events) of %d days, %d teams, %d agents: bucket documents %s in %.0f s",
                    facts.size(), events, days, teams, teams * agentsPerTeam, documents,
                    (System.nanoTime() - loadStart) / 1e9);
            facts.clear();

            KpiReader reader = new KpiReader(BenchmarkBuckets.query(database, TIMEOUT),
                    new Retention(Duration.ofDays(7), Duration.ofDays(92), Duration.ofDays(1830)),
                    Clock.fixed(now, ZoneOffset.UTC));
            TimeWindow month = TimeWindow.ending(now, Duration.ofDays(30));
            TimeWindow day = TimeWindow.ending(now, Duration.ofDays(1));
            Instant dayBucketsFrom = BucketLevel.DAY.ceil(month.from());
            Instant dayBucketsTo = BucketLevel.DAY.start(now);
            var dayBuckets = BenchmarkBuckets.collection(database, BucketLevel.DAY);

            Map<String, Supplier<Object>> measured = new LinkedHashMap<>();
            measured.put("baseline: plain find of the 30-day summary's day buckets", () -> Flux.from(dayBuckets
                    .find(Filters.and(Filters.eq("view", "ALL"), Filters.gte("start", Date.from(dayBucketsFrom)),
                            Filters.lt("start", Date.from(dayBucketsTo))))
                    .projection(new Document("applied", 0))).collectList().block(TIMEOUT));
            measured.put("summary, 30 days, all tickets", () -> reader.summary(FactFilter.ALL, month).block(TIMEOUT));
            measured.put("summary, 30 days, one team", () ->
                    reader.summary(new FactFilter("team-7", null, null, null, null), month).block(TIMEOUT));
            measured.put("summary, 30 days, one agent", () ->
                    reader.summary(new FactFilter(null, "team-7-agent-3", null, null, null), month).block(TIMEOUT));
            measured.put("summary, 30 days, team and priority", () -> reader.summary(
                    new FactFilter("team-7", null, null, Priority.HIGH, null), month).block(TIMEOUT));
            measured.put("summary, 24 h, all tickets", () -> reader.summary(FactFilter.ALL, day).block(TIMEOUT));
            measured.put("timeseries HOUR × 30 days", () -> reader.timeseries(TimeseriesMetric.CREATED,
                    Interval.HOUR, month, null).block(TIMEOUT));
            measured.put("timeseries HOUR × 30 days by team", () -> reader.timeseries(TimeseriesMetric.CREATED,
                    Interval.HOUR, month, GroupBy.TEAM).block(TIMEOUT));
            measured.put("timeseries DAY × 30 days by agent", () -> reader.timeseries(TimeseriesMetric.BACKLOG,
                    Interval.DAY, month, GroupBy.AGENT).block(TIMEOUT));
            measured.put("timeseries MINUTE × 24 h by team", () -> reader.timeseries(TimeseriesMetric.FIRST_REPLY_P90,
                    Interval.MINUTE, day, GroupBy.TEAM).block(TIMEOUT));
            measured.put("agents table, 30 days", () -> reader.agents(month).block(TIMEOUT));

            out("");
            out("| query | p50 ms | p99 ms | p50 ÷ baseline | p99 ÷ baseline | samples |");
            out("|---|---|---|---|---|---|");
            double[] baseline = null;
            for (Map.Entry<String, Supplier<Object>> query : queries ? measured.entrySet()
                    : Map.<String, Supplier<Object>>of().entrySet()) {
                double[] figures = latencies(query.getValue(), samples);
                if (baseline == null) {
                    baseline = figures;
                }
                out("| %s | %.1f | %.1f | %.2f | %.2f | %d |", query.getKey(), figures[0], figures[1],
                        figures[0] / baseline[0], figures[1] / baseline[1], (int) figures[2]);
            }

            if (ingestTickets == 0) {
                return;
            }
            out("");
            double upserts = upsertsPerSecond(client.getDatabase("baseline"), 5_000);
            double fresh = eventsPerSecond(client.getDatabase("ingest"), now, 50, ingestTickets, teams,
                    agentsPerTeam);
            // the JIT is warm from the empty store's run
            double loaded = eventsPerSecond(database, now, 0, loadedIngestTickets, teams, agentsPerTeam);
            out("| ingestion (FactRecorder + Mongo stores, no broker) | per second | ÷ baseline |");
            out("|---|---|---|");
            out("| baseline: single-document `$inc` upserts by `_id` | %,.0f | 1 |", upserts);
            out("| %,d events into an empty store | %,.0f | %.3f |", ingestEvents(ingestTickets, teams, agentsPerTeam, now),
                    fresh, fresh / upserts);
            out("| %,d events into the loaded 30-day store | %,.1f | %.4f |",
                    ingestEvents(loadedIngestTickets, teams, agentsPerTeam, now), loaded, loaded / upserts);
            out("");
            out("load average after: %.2f", load());
        } finally {
            server.shutdownNow();
        }
    }

    /** The facts the consumers would have folded from these events, applied in the order they were published. */
    private static List<TicketFact> fold(TicketFactApplier applier, List<Published> published) {
        Map<String, TicketFact> facts = new LinkedHashMap<>();
        for (Published event : published) {
            TicketFact current = facts.getOrDefault(event.ticketId(), TicketFact.empty(event.ticketId()));
            TicketFact next = applier.apply(current, event.id(), event.event()).fact();
            facts.put(event.ticketId(), next.withVersion(current.version() + 1));
        }
        return List.copyOf(facts.values());
    }

    /** p50 and p99 in milliseconds and the number of samples, after a warm-up; at most about a minute per query. */
    private static double[] latencies(Supplier<Object> query, int samples) {
        for (int i = 0; i < 3; i++) {
            query.get();
        }
        List<Long> nanos = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (nanos.size() < samples && (nanos.size() < 10 || System.nanoTime() < deadline)) {
            long start = System.nanoTime();
            query.get();
            nanos.add(System.nanoTime() - start);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new double[] {rank(sorted, 0.50) / 1e6, rank(sorted, 0.99) / 1e6, sorted.length};
    }

    /** Nearest rank, as the service's own percentiles. */
    private static long rank(long[] sorted, double quantile) {
        int rank = (int) Math.ceil(quantile * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double eventsPerSecond(MongoDatabase database, Instant now, int warmUpTickets, int tickets,
                                          int teams, int agentsPerTeam) {
        FactRecorder recorder = new FactRecorder(BenchmarkFacts.store(database, TIMEOUT),
                BenchmarkBuckets.writer(database, TIMEOUT), new TicketFactApplier(), changes -> { }, 10,
                Clock.systemUTC());
        List<Published> warmUp = SyntheticDay.generate(-1, BucketLevel.DAY.start(now), "warm-" + database.getName()
                + "-", warmUpTickets, teams, agentsPerTeam);
        warmUp.forEach(event -> recorder.record(event.id(), event.event()));
        List<Published> events = SyntheticDay.generate(-2, BucketLevel.DAY.start(now), "ingest-", tickets, teams,
                agentsPerTeam);
        long start = System.nanoTime();
        events.forEach(event -> recorder.record(event.id(), event.event()));
        return events.size() / ((System.nanoTime() - start) / 1e9);
    }

    private static int ingestEvents(int tickets, int teams, int agentsPerTeam, Instant now) {
        return SyntheticDay.generate(-2, BucketLevel.DAY.start(now), "ingest-", tickets, teams, agentsPerTeam).size();
    }

    private static double upsertsPerSecond(MongoDatabase database, int operations) {
        var collection = database.getCollection("upserts");
        for (int i = 0; i < 500; i++) {
            upsert(collection, "warm-" + (i % 50));
        }
        long start = System.nanoTime();
        for (int i = 0; i < operations; i++) {
            upsert(collection, "doc-" + (i % 1_000));
        }
        return operations / ((System.nanoTime() - start) / 1e9);
    }

    private static void upsert(MongoCollection<Document> collection, String id) {
        Mono.from(collection.updateOne(Filters.eq("_id", id), Updates.inc("counts.created", 1),
                new UpdateOptions().upsert(true))).block(TIMEOUT);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void out(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }
}
