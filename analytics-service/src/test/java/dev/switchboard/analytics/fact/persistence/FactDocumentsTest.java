package dev.switchboard.analytics.fact.persistence;

import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.events.sla.SlaMetric;
import org.bson.Document;
import dev.switchboard.analytics.fact.Contributions;
import dev.switchboard.analytics.fact.PendingDelta;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.switchboard.analytics.fact.Facts.of;
import static dev.switchboard.analytics.fact.TicketEvents.achieved;
import static dev.switchboard.analytics.fact.TicketEvents.assigned;
import static dev.switchboard.analytics.fact.TicketEvents.at;
import static dev.switchboard.analytics.fact.TicketEvents.breached;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.escalated;
import static dev.switchboard.analytics.fact.TicketEvents.publicReply;
import static dev.switchboard.analytics.fact.TicketEvents.rated;
import static dev.switchboard.analytics.fact.TicketEvents.reopened;
import static dev.switchboard.analytics.fact.TicketEvents.solved;
import static org.assertj.core.api.Assertions.assertThat;

class FactDocumentsTest {

    @Test
    void shouldReadBackEveryFieldItWrote() {
        TicketFact fact = of("t-1", created("t-1", at(0)), assigned("t-1", "a-1", 1200, at(3)),
                publicReply("t-1", "a-1", at(40)), solved("t-1", at(100)), reopened("t-1", 1, at(200)),
                solved("t-1", at(300)), rated("t-1", 5, 10, at(400)),
                achieved("t-1", SlaMetric.FIRST_REPLY, at(60), at(40)),
                breached("t-1", SlaMetric.RESOLUTION, at(90), at(90)), escalated("t-1", 1, at(95)))
                .withVersion(7).toBuilder()
                .addPendingDelta(new PendingDelta(7, Contributions.difference(List.of(), Contributions.of(
                        of("t-1", created("t-1", at(0)), solved("t-1", at(100)))))))
                .build();

        Document document = FactDocuments.toDocument(fact);

        assertThat(FactDocuments.fromDocument(document)).isEqualTo(fact);
        assertThat(document.getBoolean(FactDocuments.SOLVED_NOW)).isTrue();
        assertThat(document.getString(FactDocuments.EFFECTIVE_TEAM)).isEqualTo("billing");
    }

    @Test
    void shouldReadBackAFactThatKnowsAlmostNothing() {
        TicketFact fact = of("t-2", assigned("t-2", "a-1", 0, at(3))).withVersion(1);

        assertThat(FactDocuments.fromDocument(FactDocuments.toDocument(fact))).isEqualTo(fact);
    }
}
