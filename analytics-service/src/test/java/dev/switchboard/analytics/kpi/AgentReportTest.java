package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.TicketFact;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.switchboard.analytics.fact.Facts.of;
import static dev.switchboard.analytics.fact.TicketEvents.assigned;
import static dev.switchboard.analytics.fact.TicketEvents.at;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.publicReply;
import static dev.switchboard.analytics.fact.TicketEvents.rated;
import static dev.switchboard.analytics.fact.TicketEvents.solved;
import static org.assertj.core.api.Assertions.assertThat;

class AgentReportTest {

    private static final TimeWindow HOUR = new TimeWindow(at(0), at(3600));

    @Test
    void shouldGiveOneRowPerAgentOrderedById() {
        List<TicketFact> facts = List.of(
                of("a", created("a", at(0)), assigned("a", "zoe", 0, at(1)), publicReply("a", "zoe", at(30)),
                        solved("a", at(60)), rated("a", 5, null, at(70))),
                of("b", created("b", at(0)), assigned("b", "zoe", 0, at(2)), publicReply("b", "zoe", at(90))),
                of("c", created("c", at(0)), assigned("c", "adam", 0, at(3))),
                of("old", created("old", at(-9000)), assigned("old", "idle", 0, at(-8000))),
                of("unassigned", created("unassigned", at(5))));

        List<AgentRow> rows = KpiFixture.reader(facts).agents(HOUR).block();

        assertThat(rows).containsExactly(
                new AgentRow("adam", 1, 0, null, null, null, null, null, 0, 0, null, null),
                new AgentRow("zoe", 2, 1, 30.0, 1.0, null, 90.0, 60.0, 0, 0, 1.0, null));
    }
}
