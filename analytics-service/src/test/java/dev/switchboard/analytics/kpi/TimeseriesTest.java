package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.events.ticket.Priority;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.switchboard.analytics.fact.Facts.of;
import static dev.switchboard.analytics.fact.TicketEvents.at;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.solved;
import static org.assertj.core.api.Assertions.assertThat;

class TimeseriesTest {

    private final List<TicketFact> facts = List.of(
            of("a", created("a", at(10), "billing", Priority.LOW), solved("a", at(70))),
            of("b", created("b", at(20), "billing", Priority.LOW)),
            of("c", created("c", at(130), "sales", Priority.HIGH), solved("c", at(140))));

    @Test
    void shouldCountCreatedTicketsPerMinuteBucket() {
        Timeseries series = KpiFixture.reader(facts).timeseries(TimeseriesMetric.CREATED, Interval.MINUTE,
                new TimeWindow(at(0), at(180)), null).block();

        assertThat(series.series()).singleElement().satisfies(all -> {
            assertThat(all.key()).isEqualTo(Timeseries.ALL);
            assertThat(all.points()).containsExactly(
                    new Timeseries.Point(at(0), 2L), new Timeseries.Point(at(60), 0L), new Timeseries.Point(at(120), 1L));
        });
    }

    @Test
    void shouldSplitSolvedTicketsByTeam() {
        Timeseries series = KpiFixture.reader(facts).timeseries(TimeseriesMetric.SOLVED, Interval.HOUR,
                new TimeWindow(at(0), at(3600)), GroupBy.TEAM).block();

        assertThat(series.series()).containsExactly(
                new Timeseries.Series("billing", List.of(new Timeseries.Point(at(0), 1L))),
                new Timeseries.Series("sales", List.of(new Timeseries.Point(at(0), 1L))));
    }

    @Test
    void shouldGiveTheBacklogAtTheEndOfEachBucket() {
        // a: open 10..70; b: open from 20; c: open 130..140
        Timeseries series = KpiFixture.reader(facts).timeseries(TimeseriesMetric.BACKLOG, Interval.MINUTE,
                new TimeWindow(at(0), at(180)), null).block();

        assertThat(series.series().getFirst().points()).extracting(Timeseries.Point::value)
                .containsExactly(2L, 1L, 1L);
    }

    @Test
    void shouldWidenAPartialWindowToWholeBuckets() {
        Timeseries series = KpiFixture.reader(facts).timeseries(TimeseriesMetric.CREATED, Interval.MINUTE,
                new TimeWindow(at(30), at(150)), null).block();

        assertThat(series.from()).isEqualTo(at(0));
        assertThat(series.to()).isEqualTo(at(180));
        assertThat(series.series().getFirst().points()).hasSize(3);
    }

    @Test
    void shouldCountBucketsIncludingPartialOnesAtBothEnds() {
        assertThat(Interval.MINUTE.bucketsIn(new TimeWindow(at(30), at(150)))).isEqualTo(3);
        assertThat(Interval.HOUR.bucketsIn(new TimeWindow(at(0), at(3600)))).isEqualTo(1);
    }
}
