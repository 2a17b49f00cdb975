package dev.switchboard.analytics.agent;

import dev.switchboard.analytics.fact.FactRecorder;
import dev.switchboard.analytics.fact.MapFactStore;
import dev.switchboard.analytics.fact.TicketFactApplier;
import dev.switchboard.analytics.kpi.AgentRow;
import dev.switchboard.analytics.kpi.FactFilter;
import dev.switchboard.analytics.kpi.InMemoryBuckets;
import dev.switchboard.analytics.kpi.Interval;
import dev.switchboard.analytics.kpi.KpiFixture;
import dev.switchboard.analytics.kpi.Summary;
import dev.switchboard.analytics.kpi.TimeWindow;
import dev.switchboard.analytics.kpi.Timeseries;
import dev.switchboard.analytics.kpi.TimeseriesMetric;
import dev.switchboard.analytics.kpi.query.KpiReader;
import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.routing.TicketUnassigned;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static dev.switchboard.analytics.fact.TicketEvents.T0;
import static dev.switchboard.analytics.fact.TicketEvents.assigned;
import static dev.switchboard.analytics.fact.TicketEvents.at;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.solved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Occupancy end to end in plain Java (ticket facts → agent timelines → buckets → KPIs): time handling at least one
 * ticket ÷ time signed in, whatever order the three topics' events arrive in and however often.
 */
class OccupancyTest {

    private static final Instant NOW = at(86_400);

    /** Ann: signed in 0–3600 s (AWAY from 2400), t-1 from 600 to its solve at 1800, t-2 3000–3300; OFFLINE after. */
    private static List<Map.Entry<String, Object>> annsHour() {
        return List.of(
                Map.entry("ann:updated", new AgentUpdated("ann", "Ann", "billing", 1, Map.of(), Map.of(), at(-60))),
                Map.entry("ann:in", new AgentPresenceChanged("ann", AgentStatus.AVAILABLE, null, at(0))),
                Map.entry("t-1:created", created("t-1", at(500))),
                Map.entry("t-1:assigned", assigned("t-1", "ann", 100_000, at(600))),
                // handled twice over in 900–1200: still one stretch of occupied time
                Map.entry("t-3:created", created("t-3", at(800))),
                Map.entry("t-3:assigned", assigned("t-3", "ann", 1_000, at(900))),
                Map.entry("t-3:solved", solved("t-3", at(1_200))),
                Map.entry("t-1:solved", solved("t-1", at(1_800))),
                Map.entry("ann:away", new AgentPresenceChanged("ann", AgentStatus.AWAY, AgentStatus.AVAILABLE,
                        at(2_400))),
                Map.entry("t-2:created", created("t-2", at(2_900))),
                Map.entry("t-2:assigned", assigned("t-2", "ann", 100_000, at(3_000))),
                Map.entry("t-2:unassigned", new TicketUnassigned("t-2", "ann", "agent-away", at(3_300))),
                Map.entry("ann:out", new AgentPresenceChanged("ann", AgentStatus.OFFLINE, AgentStatus.AWAY,
                        at(3_600))),
                // handled while signed out does not count
                Map.entry("t-4:created", created("t-4", at(3_700))),
                Map.entry("t-4:assigned", assigned("t-4", "ann", 1_000, at(3_800))));
    }

    @Test
    void shouldDivideTheTimeHandlingAtLeastOneTicketByTheTimeSignedIn() {
        KpiReader reader = feed(annsHour());

        Summary hour = reader.summary(FactFilter.ALL, new TimeWindow(T0, at(3_600))).block();

        assertThat(hour.signedInTime()).isEqualTo(3_600.0);
        assertThat(hour.occupiedTime()).isEqualTo(1_200.0 + 300.0);
        assertThat(hour.occupancy()).isCloseTo(1_500.0 / 3_600, within(1e-12));
        Summary day = reader.summary(FactFilter.ALL, new TimeWindow(T0.minusSeconds(3_600), NOW)).block();
        assertThat(day.signedInTime()).as("nothing signed in after 3600").isEqualTo(3_600.0);
        assertThat(day.occupiedTime()).isEqualTo(1_500.0);
    }

    @Test
    void shouldCountWindowsOfWholeBucketsFromTheLevelAtTheirEnd() {
        KpiReader reader = feed(annsHour());

        Summary busy = reader.summary(FactFilter.ALL, new TimeWindow(at(600), at(1_800))).block();
        Summary late = reader.summary(new FactFilter(null, "ann", null, null, null),
                new TimeWindow(at(1_800), at(3_000))).block();

        assertThat(busy.occupancy()).isEqualTo(1.0);
        assertThat(busy.signedInTime()).isEqualTo(1_200.0);
        assertThat(late.occupancy()).isZero();
        assertThat(late.signedInTime()).isEqualTo(1_200.0);
    }

    @Test
    void shouldAnswerTheSameWhateverTheArrivalOrderAndRepeats() {
        Summary expected = feed(annsHour()).summary(FactFilter.ALL, new TimeWindow(T0, at(3_600))).block();
        for (long seed = 1; seed <= 5; seed++) {
            List<Map.Entry<String, Object>> shuffled = new ArrayList<>(annsHour());
            shuffled.addAll(annsHour().subList(0, 7));
            Collections.shuffle(shuffled, new Random(seed));

            Summary actual = feed(shuffled).summary(FactFilter.ALL, new TimeWindow(T0, at(3_600))).block();

            assertThat(actual).as("seed " + seed).isEqualTo(expected);
        }
    }

    @Test
    void shouldShowOccupancyPerTeamAgentRowAndTimeseriesPoint() {
        KpiReader reader = feed(annsHour());
        TimeWindow hour = new TimeWindow(T0, at(3_600));

        Summary billing = reader.summary(new FactFilter("billing", null, null, null, null), hour).block();
        List<AgentRow> rows = reader.agents(hour).block();
        Timeseries series = reader.timeseries(TimeseriesMetric.OCCUPANCY, Interval.HOUR,
                new TimeWindow(T0, at(7_200)), null).block();

        assertThat(billing.occupancy()).isCloseTo(1_500.0 / 3_600, within(1e-12));
        assertThat(rows).filteredOn(row -> row.agentId().equals("ann")).singleElement()
                .satisfies(row -> assertThat(row.occupancy()).isCloseTo(1_500.0 / 3_600, within(1e-12)));
        assertThat(series.series().getFirst().points()).extracting(point -> point.value())
                .containsExactly(1_500.0 / 3_600, null);
    }

    private static KpiReader feed(List<Map.Entry<String, Object>> events) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        InMemoryBuckets buckets = new InMemoryBuckets();
        TimelineRecorder timelines = new TimelineRecorder(new InMemoryTimelines(), buckets, new AgentTimelineApplier(),
                3, clock);
        FactRecorder facts = new FactRecorder(new MapFactStore(), buckets, new TicketFactApplier(), changes -> { },
                3, clock, timelines);
        AgentStateApplier agents = new AgentStateApplier();
        events.forEach(event -> agents.agentIdOf(event.getValue()).ifPresentOrElse(
                agentId -> timelines.record(agentId, event.getKey(), event.getValue()),
                () -> facts.record(event.getKey(), event.getValue())));
        return KpiFixture.reader(buckets, NOW);
    }
}
