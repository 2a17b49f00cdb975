package dev.switchboard.analytics.correctness;

import dev.switchboard.analytics.correctness.BruteForce.Figures;
import dev.switchboard.analytics.correctness.BruteForce.Ticket;
import dev.switchboard.analytics.agent.AgentTimelineApplier;
import dev.switchboard.analytics.agent.InMemoryTimelines;
import dev.switchboard.analytics.agent.TimelineRecorder;
import dev.switchboard.analytics.correctness.SyntheticDay.AgentPublished;
import dev.switchboard.analytics.correctness.SyntheticDay.Published;
import dev.switchboard.analytics.fact.FactRecorder;
import dev.switchboard.analytics.fact.MapFactStore;
import dev.switchboard.analytics.fact.SampleScale;
import dev.switchboard.analytics.fact.TicketFactApplier;
import dev.switchboard.analytics.kpi.BucketLevel;
import dev.switchboard.analytics.kpi.FactFilter;
import dev.switchboard.analytics.kpi.InMemoryBuckets;
import dev.switchboard.analytics.kpi.Interval;
import dev.switchboard.analytics.kpi.KpiFixture;
import dev.switchboard.analytics.kpi.Percentiles;
import dev.switchboard.analytics.kpi.Summary;
import dev.switchboard.analytics.kpi.TimeWindow;
import dev.switchboard.analytics.kpi.Timeseries;
import dev.switchboard.analytics.kpi.TimeseriesMetric;
import dev.switchboard.analytics.kpi.query.KpiReader;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Feeds a synthetic day (3,000 tickets, about 30,000 events, 20 teams, 200 agents) through the consumers' domain path in a random
 * arrival order, every event twice, and checks every KPI the service answers against the brute-force count of
 * {@link BruteForce} over the raw events: counts and rates exactly, percentiles as the quantized value of the exact
 * nearest-rank sample (and within HdrHistogram's 0.1 %).
 */
class SyntheticDayCorrectnessTest {

    private static final Instant DAY = SyntheticDay.DAY;
    private static final TimeWindow WHOLE_DAY = new TimeWindow(DAY, DAY.plus(Duration.ofDays(1)));
    private static final TimeWindow TWO_DAYS = new TimeWindow(DAY, DAY.plus(Duration.ofDays(2)));

    private static List<Ticket> tickets;
    private static BruteOccupancy occupancy;
    private static KpiReader reader;
    private static int eventCount;

    @BeforeAll
    static void feedTheDay() {
        List<Published> events = new ArrayList<>(SyntheticDay.generate(42, 3_000, 20, 10));
        events.addAll(SyntheticDay.unassignments(43, events));
        List<AgentPublished> agentEvents = SyntheticDay.agentDay(44, DAY, 20, 10);
        eventCount = events.size() + agentEvents.size();
        tickets = BruteForce.tickets(events);
        occupancy = new BruteOccupancy(agentEvents, events);
        // one arrival order across all topics: agents' and tickets' events interleaved, a third of them twice
        List<Runnable> arrival = new ArrayList<>();
        InMemoryBuckets buckets = new InMemoryBuckets();
        TimelineRecorder timelines = new TimelineRecorder(new InMemoryTimelines(), buckets,
                new AgentTimelineApplier(), 3, Clock.systemUTC());
        FactRecorder recorder = new FactRecorder(new MapFactStore(), buckets, new TicketFactApplier(),
                changes -> { }, 3, Clock.systemUTC(), timelines);
        events.forEach(event -> arrival.add(() -> recorder.record(event.id(), event.event())));
        agentEvents.forEach(event -> arrival.add(() -> timelines.record(event.agentId(), event.id(), event.event())));
        arrival.addAll(arrival.subList(0, arrival.size() / 3)); // redelivered
        Collections.shuffle(arrival, new Random(7));
        long start = System.nanoTime();
        arrival.forEach(Runnable::run);
        System.out.printf("fed %d events in %d ms%n", arrival.size(), (System.nanoTime() - start) / 1_000_000);
        reader = KpiFixture.reader(buckets, DAY.plus(Duration.ofDays(3)));
    }

    @Test
    void shouldFeedThousandsOfTicketsAndTensOfThousandsOfEvents() {
        assertThat(tickets).hasSize(3_000);
        assertThat(eventCount).isGreaterThan(20_000);
    }

    @Test
    void shouldExerciseTeamChangesTheNewSlaMetricsAndClocksAtRisk() {
        Instant noon = DAY.plus(Duration.ofHours(12));
        Figures atNoon = BruteForce.count(tickets, t -> true, DAY, noon);

        assertThat(tickets.stream().filter(t -> !t.teamMoves().isEmpty()).count()).isGreaterThan(100);
        assertThat(atNoon.atRisk().get(SlaMetric.REQUESTER_WAIT)).isGreaterThan(10);
        assertThat(atNoon.achievedByMetric().get(SlaMetric.REQUESTER_WAIT)).isPositive();
        assertThat(atNoon.breachedByMetric().get(SlaMetric.AGENT_WORK_TIME)).isPositive();
    }

    @Test
    void shouldMatchPerTeamInRaggedWindowsWhileTicketsMoveBetweenTeams() {
        for (int team = 0; team < 20; team += 3) {
            String name = "team-" + team;
            FactFilter filter = new FactFilter(name, null, null, null, null);
            assertSame(filter, t -> true, name, new TimeWindow(DAY.plusSeconds(3_660), DAY.plusSeconds(40_000)));
            assertSame(filter, t -> true, name, new TimeWindow(DAY.plusSeconds(20_000), DAY.plusSeconds(70_100)));
        }
    }

    @Test
    void shouldMatchTheBruteForceCountForTheWholeDayAndBeyond() {
        assertSame(FactFilter.ALL, t -> true, WHOLE_DAY);
        assertSame(FactFilter.ALL, t -> true, TWO_DAYS);
    }

    @Test
    void shouldMatchForRaggedWindowsCutAcrossHoursAndDays() {
        assertSame(FactFilter.ALL, t -> true, new TimeWindow(DAY.plusSeconds(3_660), DAY.plusSeconds(7_380)));
        assertSame(FactFilter.ALL, t -> true, new TimeWindow(DAY.plusSeconds(50_000 - 20),
                DAY.plusSeconds(100_020 - 30)));
    }

    @Test
    void shouldMatchPerTeam() {
        for (int team = 0; team < 20; team++) {
            String name = "team-" + team;
            assertSame(new FactFilter(name, null, null, null, null), t -> true, name, WHOLE_DAY);
            assertSame(new FactFilter(name, null, null, null, null), t -> true, name, TWO_DAYS);
        }
    }

    @Test
    void shouldMatchPerAgentChannelPriorityAndTier() {
        for (int agent = 0; agent < 10; agent++) {
            String name = "team-3-agent-" + agent;
            assertSame(new FactFilter(null, name, null, null, null), t -> name.equals(t.agent()), TWO_DAYS);
        }
        for (Channel channel : Channel.values()) {
            assertSame(new FactFilter(null, null, channel, null, null), t -> channel.name().equals(t.channel()),
                    WHOLE_DAY);
        }
        for (Priority priority : Priority.values()) {
            assertSame(new FactFilter(null, null, null, priority, null), t -> priority.name().equals(t.priority()),
                    WHOLE_DAY);
        }
        for (CustomerTier tier : CustomerTier.values()) {
            assertSame(new FactFilter(null, null, null, null, tier), t -> tier.name().equals(t.tier()), WHOLE_DAY);
        }
    }

    @Test
    void shouldMatchACombinationOfFilters() {
        assertSame(new FactFilter("team-5", null, Channel.CHAT, null, CustomerTier.STANDARD),
                t -> "CHAT".equals(t.channel()) && "STANDARD".equals(t.tier()), "team-5", TWO_DAYS);
    }

    @Test
    void shouldMatchTheHourlySeriesOfCreatedBacklogAndFirstReplyP90() {
        Timeseries created = reader.timeseries(TimeseriesMetric.CREATED, Interval.HOUR, WHOLE_DAY, null).block();
        Timeseries backlog = reader.timeseries(TimeseriesMetric.BACKLOG, Interval.HOUR, WHOLE_DAY, null).block();
        Timeseries p90 = reader.timeseries(TimeseriesMetric.FIRST_REPLY_P90, Interval.HOUR, WHOLE_DAY, null).block();

        for (int hour = 0; hour < 24; hour++) {
            Instant from = DAY.plus(Duration.ofHours(hour));
            Figures expected = BruteForce.count(tickets, t -> true, from, from.plus(Duration.ofHours(1)));
            assertThat(created.series().getFirst().points().get(hour).value()).isEqualTo(expected.created());
            assertThat(backlog.series().getFirst().points().get(hour).value()).isEqualTo(expected.backlog());
            assertThat(p90.series().getFirst().points().get(hour).value())
                    .isEqualTo(quantized(SampleScale.FIRST_REPLY, expected.firstReplySeconds(), 90));
        }
    }

    @Test
    void shouldMatchTheAgentsTable() {
        var rows = reader.agents(TWO_DAYS).block();

        assertThat(rows).hasSize((int) tickets.stream().map(Ticket::agent).filter(Objects::nonNull).distinct()
                .count());
        rows.forEach(row -> {
            Figures expected = BruteForce.count(tickets, t -> row.agentId().equals(t.agent()), TWO_DAYS.from(),
                    TWO_DAYS.to());
            assertThat(row.handled()).isEqualTo(expected.handled());
            assertThat(row.solved()).isEqualTo(expected.solved());
            assertThat(row.firstReplyP50()).isEqualTo(quantized(SampleScale.FIRST_REPLY,
                    expected.firstReplySeconds(), 50));
            assertThat(row.breaches()).isEqualTo(expected.breaches());
        });
    }

    @Test
    void shouldMatchOccupancyForTheWholeDayRaggedWindowsAndEveryTeam() {
        assertOccupancy(FactFilter.ALL, agent -> true, null, WHOLE_DAY);
        assertOccupancy(FactFilter.ALL, agent -> true, null, TWO_DAYS);
        assertOccupancy(FactFilter.ALL, agent -> true, null,
                new TimeWindow(DAY.plusSeconds(3_660), DAY.plusSeconds(50_000)));
        assertOccupancy(FactFilter.ALL, agent -> true, null,
                new TimeWindow(DAY.plusSeconds(40_000), DAY.plusSeconds(90_020)));
        for (int team = 0; team < 20; team++) {
            String name = "team-" + team;
            FactFilter filter = new FactFilter(name, null, null, null, null);
            assertOccupancy(filter, agent -> true, name, WHOLE_DAY);
            // across noon, when the first agent of every team moves to the next team
            assertOccupancy(filter, agent -> true, name, new TimeWindow(DAY.plusSeconds(36_000),
                    DAY.plusSeconds(50_460)));
        }
        for (int agent = 0; agent < 10; agent++) {
            String name = "team-4-agent-" + agent;
            assertOccupancy(new FactFilter(null, name, null, null, null), name::equals, null, WHOLE_DAY);
        }
    }

    @Test
    void shouldMatchOccupancyPerAgentRowAndPerHour() {
        var rows = reader.agents(WHOLE_DAY).block();
        assertThat(rows).hasSizeGreaterThan(100);
        rows.forEach(row -> {
            BruteOccupancy.Times expected = occupancy.count(row.agentId()::equals, null, WHOLE_DAY.from(),
                    WHOLE_DAY.to());
            assertRate(row.occupancy(), ratio(expected), row.agentId() + " occupancy");
        });
        Timeseries hourly = reader.timeseries(TimeseriesMetric.OCCUPANCY, Interval.HOUR, WHOLE_DAY, null).block();
        for (int hour = 0; hour < 24; hour++) {
            Instant from = DAY.plus(Duration.ofHours(hour));
            BruteOccupancy.Times expected = occupancy.count(agent -> true, null, from, from.plus(Duration.ofHours(1)));
            Number value = hourly.series().getFirst().points().get(hour).value();
            assertRate(value == null ? null : value.doubleValue(), ratio(expected), "hour " + hour);
        }
    }

    private static void assertOccupancy(FactFilter filter, Predicate<String> agents, String team, TimeWindow window) {
        Summary actual = reader.summary(filter, window).block();
        BruteOccupancy.Times expected = occupancy.count(agents, team, actual.from(), actual.to());
        String what = filter + " over " + window;
        assertThat(expected.signedInMs()).as(what + " has agents signed in").isPositive();
        assertThat(Math.round(actual.signedInTime() * 1000)).as(what + " signed in ms")
                .isEqualTo(expected.signedInMs());
        assertThat(Math.round(actual.occupiedTime() * 1000)).as(what + " occupied ms")
                .isEqualTo(expected.occupiedMs());
        assertRate(actual.occupancy(), ratio(expected), what + " occupancy");
    }

    private static Double ratio(BruteOccupancy.Times times) {
        return times.signedInMs() == 0 ? null : (double) times.occupiedMs() / times.signedInMs();
    }

    private static void assertSame(FactFilter filter, Predicate<Ticket> matching, TimeWindow window) {
        assertSame(filter, matching, null, window);
    }

    private static void assertSame(FactFilter filter, Predicate<Ticket> matching, String team, TimeWindow window) {
        Summary actual = reader.summary(filter, window).block();
        // the service answers whole minutes: the brute force counts the window it reports
        assertThat(actual.from()).isEqualTo(BucketLevel.MINUTE.start(window.from()));
        assertThat(actual.to()).isEqualTo(BucketLevel.MINUTE.ceil(window.to()));
        Figures expected = BruteForce.count(tickets, matching, team, actual.from(), actual.to());
        String what = filter + " over " + window;

        assertThat(actual.created()).as(what + " created").isEqualTo(expected.created());
        assertThat(actual.solved()).as(what + " solved").isEqualTo(expected.solved());
        assertThat(actual.backlog()).as(what + " backlog").isEqualTo(expected.backlog());
        assertThat(actual.handled()).as(what + " handled").isEqualTo(expected.handled());
        assertThat(actual.reopens()).as(what + " reopens").isEqualTo(expected.reopens());
        assertThat(actual.escalations()).as(what + " escalations").isEqualTo(expected.escalations());
        assertThat(actual.breaches()).as(what + " breaches").isEqualTo(expected.breaches());
        assertThat(actual.ratings()).as(what + " ratings").isEqualTo(expected.ratings());
        assertRate(actual.slaAchievement(), expected.slaAchievement(), what + " slaAchievement");
        for (SlaMetric metric : SlaMetric.values()) {
            Summary.SlaFigures sla = actual.sla().get(metric.name());
            assertThat(sla.achieved()).as(what + " " + metric + " achieved")
                    .isEqualTo(expected.achievedByMetric().get(metric));
            assertThat(sla.breached()).as(what + " " + metric + " breached")
                    .isEqualTo(expected.breachedByMetric().get(metric));
            assertThat(sla.atRisk()).as(what + " " + metric + " at risk").isEqualTo(expected.atRisk().get(metric));
        }
        assertThat(actual.slaAtRisk()).as(what + " at risk")
                .isEqualTo(expected.atRisk().values().stream().mapToLong(Long::longValue).sum());
        assertRate(actual.oneTouch(), expected.oneTouch(), what + " oneTouch");
        assertRate(actual.csat(), expected.csat(), what + " csat");
        assertRate(actual.nps(), expected.nps(), what + " nps");
        assertPercentiles(actual.firstReplyTime(), SampleScale.FIRST_REPLY, expected.firstReplySeconds(), what);
        assertPercentiles(actual.resolutionTime(), SampleScale.FULL_RESOLUTION, expected.resolutionSeconds(), what);
        assertPercentiles(actual.firstResolutionTime(), SampleScale.FIRST_RESOLUTION,
                expected.firstResolutionSeconds(), what);
        assertPercentiles(actual.queueWait(), SampleScale.QUEUE_WAIT, expected.queueWaitMs(), what);
    }

    private static void assertRate(Double actual, Double expected, String what) {
        if (expected == null) {
            assertThat(actual).as(what).isNull();
        } else {
            assertThat(actual).as(what).isCloseTo(expected, within(1e-9));
        }
    }

    private static void assertPercentiles(Percentiles actual, SampleScale scale, List<Long> samples, String what) {
        assertThat(actual.p50()).as(what + " " + scale + " p50").isEqualTo(quantized(scale, samples, 50));
        assertThat(actual.p90()).as(what + " " + scale + " p90").isEqualTo(quantized(scale, samples, 90));
        assertThat(actual.p99()).as(what + " " + scale + " p99").isEqualTo(quantized(scale, samples, 99));
        Optional.ofNullable(BruteForce.percentile(samples, 90)).ifPresent(exact ->
                assertThat(actual.p90()).as(what + " within 0.1 %")
                        .isCloseTo(scale.toSeconds(exact), within(scale.toSeconds(exact) * 0.001 + 1e-9)));
    }

    private static Double quantized(SampleScale scale, List<Long> samples, int p) {
        Long exact = BruteForce.percentile(samples, p);
        return exact == null ? null : scale.toSeconds(scale.quantize(exact));
    }
}
