package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.TicketFact;
import dev.switchboard.analytics.kpi.query.KpiReader;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Priority;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.switchboard.analytics.fact.Facts.of;
import static dev.switchboard.analytics.kpi.KpiFixture.summaryOf;
import static dev.switchboard.analytics.fact.TicketEvents.achieved;
import static dev.switchboard.analytics.fact.TicketEvents.assigned;
import static dev.switchboard.analytics.fact.TicketEvents.at;
import static dev.switchboard.analytics.fact.TicketEvents.breached;
import static dev.switchboard.analytics.fact.TicketEvents.cancelled;
import static dev.switchboard.analytics.fact.TicketEvents.created;
import static dev.switchboard.analytics.fact.TicketEvents.escalated;
import static dev.switchboard.analytics.fact.TicketEvents.publicReply;
import static dev.switchboard.analytics.fact.TicketEvents.rated;
import static dev.switchboard.analytics.fact.TicketEvents.reopened;
import static dev.switchboard.analytics.fact.TicketEvents.solved;
import static dev.switchboard.analytics.fact.TicketEvents.paused;
import static dev.switchboard.analytics.fact.TicketEvents.resumed;
import static dev.switchboard.analytics.fact.TicketEvents.teamChanged;
import static dev.switchboard.analytics.fact.TicketEvents.warned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class KpisTest {

    /** One hour: [T0, T0 + 3600 s). */
    private static final TimeWindow HOUR = new TimeWindow(at(0), at(3600));

    @Test
    void shouldMoveTheOpenBacklogToTheNewTeamFromTheChangeWhileCreatedStaysWithTheFirstTeam() {
        List<TicketFact> facts = List.of(of("moved", created("moved", at(0), "billing", Priority.NORMAL),
                teamChanged("moved", "billing", "tech", at(1800)), publicReply("moved", "agent", at(2000))));
        KpiReader reader = KpiFixture.reader(facts);
        FactFilter billing = new FactFilter("billing", null, null, null, null);
        FactFilter tech = new FactFilter("tech", null, null, null, null);
        TimeWindow beforeTheMove = new TimeWindow(at(0), at(1800));

        assertThat(reader.summary(billing, HOUR).block().created()).isEqualTo(1);
        assertThat(reader.summary(tech, HOUR).block().created()).isZero();
        assertThat(reader.summary(billing, beforeTheMove).block().backlog()).isEqualTo(1);
        assertThat(reader.summary(tech, beforeTheMove).block().backlog()).isZero();
        assertThat(reader.summary(billing, HOUR).block().backlog()).isZero();
        assertThat(reader.summary(tech, HOUR).block().backlog()).isEqualTo(1);
        assertThat(reader.summary(tech, HOUR).block().firstReplyTime().p50()).isEqualTo(2000.0);
        assertThat(reader.summary(FactFilter.ALL, HOUR).block().backlog()).isEqualTo(1);
    }

    @Test
    void shouldCountAClockAtRiskFromItsWarningUntilItEndsIsPausedOrTheTicketIsSolved() {
        List<TicketFact> facts = List.of(
                of("warned", created("warned", at(0)), warned("warned", SlaMetric.REQUESTER_WAIT, at(4000), at(100))),
                of("achieved", created("achieved", at(0)), warned("achieved", SlaMetric.FIRST_REPLY, at(4000), at(100)),
                        achieved("achieved", SlaMetric.FIRST_REPLY, at(4000), at(200))),
                of("paused", created("paused", at(0)), warned("paused", SlaMetric.AGENT_WORK_TIME, at(4000), at(100)),
                        paused("paused", SlaMetric.AGENT_WORK_TIME, at(300))),
                of("resumed", created("resumed", at(0)), warned("resumed", SlaMetric.AGENT_WORK_TIME, at(4000), at(100)),
                        paused("resumed", SlaMetric.AGENT_WORK_TIME, at(300)),
                        resumed("resumed", SlaMetric.AGENT_WORK_TIME, at(5000), at(400))),
                of("solved", created("solved", at(0)), warned("solved", SlaMetric.RESOLUTION, at(4000), at(100)),
                        solved("solved", at(500))));

        Summary hour = summaryOf(facts, HOUR);
        Summary early = summaryOf(facts, new TimeWindow(at(0), at(120)));

        assertThat(hour.slaAtRisk()).isEqualTo(2);
        assertThat(hour.sla().get("REQUESTER_WAIT").atRisk()).isEqualTo(1);
        assertThat(hour.sla().get("AGENT_WORK_TIME").atRisk()).isEqualTo(1);
        assertThat(early.slaAtRisk()).isEqualTo(5);
    }

    @Test
    void shouldEndAClockAtRiskWhenItIsCancelledAndCountItNeitherAchievedNorBreached() {
        List<TicketFact> facts = List.of(
                of("cancelled", created("cancelled", at(0)),
                        warned("cancelled", SlaMetric.FIRST_REPLY, at(4000), at(100)),
                        cancelled("cancelled", SlaMetric.FIRST_REPLY, at(4000), at(300))),
                // the cancellation read before the warning it ends (sla.events and tickets.events race)
                of("early", cancelled("early", SlaMetric.RESOLUTION, at(9000), at(300)), created("early", at(0)),
                        warned("early", SlaMetric.RESOLUTION, at(9000), at(100))),
                of("running", created("running", at(0)),
                        warned("running", SlaMetric.FIRST_REPLY, at(4000), at(100))));

        Summary hour = summaryOf(facts, HOUR);
        Summary beforeTheCancellations = summaryOf(facts, new TimeWindow(at(0), at(240)));

        assertThat(beforeTheCancellations.slaAtRisk()).isEqualTo(3);
        assertThat(hour.slaAtRisk()).isEqualTo(1);
        assertThat(hour.sla().get("FIRST_REPLY").atRisk()).isEqualTo(1);
        assertThat(hour.sla().get("RESOLUTION").atRisk()).isZero();
        assertThat(hour.sla().get("FIRST_REPLY").achieved()).isZero();
        assertThat(hour.sla().get("FIRST_REPLY").breached()).isZero();
        assertThat(hour.sla().get("FIRST_REPLY").achievement()).isNull();
        assertThat(hour.slaAchievement()).isNull();
        assertThat(hour.breaches()).isZero();
    }

    @Test
    void shouldCountAchievementAndBreachesOfTheNewSlaMetrics() {
        List<TicketFact> facts = List.of(
                of("a", created("a", at(0)), achieved("a", SlaMetric.REQUESTER_WAIT, at(900), at(100))),
                of("b", created("b", at(0)), breached("b", SlaMetric.AGENT_WORK_TIME, at(900), at(900))));

        Summary summary = summaryOf(facts, HOUR);

        assertThat(summary.sla().get("REQUESTER_WAIT").achievement()).isEqualTo(1.0);
        assertThat(summary.sla().get("AGENT_WORK_TIME").breached()).isEqualTo(1);
        assertThat(summary.slaAchievement()).isEqualTo(0.5);
        assertThat(summary.breaches()).isEqualTo(1);
    }

    @Test
    void shouldCountTicketsCreatedInsideTheHalfOpenWindow() {
        List<TicketFact> facts = List.of(
                of("before", created("before", at(-1))),
                of("first", created("first", at(0))),
                of("inside", created("inside", at(3599))),
                of("at-end", created("at-end", at(3600))));

        assertThat(summaryOf(facts, HOUR).created()).isEqualTo(2);
    }

    @Test
    void shouldCountATicketSolvedTwiceInTheWindowOnce() {
        List<TicketFact> facts = List.of(
                of("twice", created("twice", at(-100)), solved("twice", at(10)), reopened("twice", 1, at(20)),
                        solved("twice", at(30))),
                of("earlier", created("earlier", at(-100)), solved("earlier", at(-1))),
                of("open", created("open", at(10))));

        assertThat(summaryOf(facts, HOUR).solved()).isEqualTo(1);
    }

    @Test
    void shouldCountBacklogAsCreatedBeforeTheEndAndNotSolvedByIt() {
        List<TicketFact> facts = List.of(
                of("solved-in-time", created("solved-in-time", at(-500)), solved("solved-in-time", at(100))),
                of("solved-later", created("solved-later", at(-500)), solved("solved-later", at(4000))),
                of("created-after", created("created-after", at(3700))),
                of("reopened", created("reopened", at(-500)), solved("reopened", at(100)),
                        reopened("reopened", 1, at(200))),
                of("never-solved", created("never-solved", at(-9000))),
                of("no-creation-seen", assigned("no-creation-seen", "a-1", 0, at(5))));

        // solved-later, reopened and never-solved were open at T0 + 3600 s
        assertThat(summaryOf(facts, HOUR).backlog()).isEqualTo(3);
    }

    @Test
    void shouldMeasureFirstReplyOnlyForTicketsFirstRepliedToInTheWindow() {
        List<TicketFact> facts = List.of(
                of("a", created("a", at(0)), publicReply("a", "agent", at(60))),
                of("b", created("b", at(0)), publicReply("b", "agent", at(120)), publicReply("b", "agent", at(3000))),
                of("c", created("c", at(0)), publicReply("c", "agent", at(600))),
                of("replied-later", created("replied-later", at(0)), publicReply("replied-later", "agent", at(3600))));

        assertThat(summaryOf(facts, HOUR).firstReplyTime()).isEqualTo(new Percentiles(120.0, 600.0, 600.0));
    }

    @Test
    void shouldMeasureResolutionUpToTheLatestSolveInTheWindow() {
        List<TicketFact> facts = List.of(
                of("a", created("a", at(0)), solved("a", at(100)), reopened("a", 1, at(200)), solved("a", at(300))),
                of("b", created("b", at(0)), solved("b", at(1000))));

        assertThat(summaryOf(facts, HOUR).resolutionTime()).isEqualTo(new Percentiles(300.0, 1000.0, 1000.0));
    }

    @Test
    void shouldTakeQueueWaitFromTheFirstAssignment() {
        List<TicketFact> facts = List.of(
                of("a", assigned("a", "x", 30_000, at(100)), assigned("a", "y", 90_000, at(200))),
                of("b", assigned("b", "x", 10_000, at(50))));

        assertThat(summaryOf(facts, HOUR).queueWait()).isEqualTo(new Percentiles(10.0, 30.0, 30.0));
    }

    @Test
    void shouldRateSlaAchievementAsAchievedOverEndedClocks() {
        List<TicketFact> facts = List.of(
                of("a", achieved("a", SlaMetric.FIRST_REPLY, at(500), at(60)),
                        achieved("a", SlaMetric.RESOLUTION, at(9000), at(70))),
                of("b", achieved("b", SlaMetric.FIRST_REPLY, at(500), at(80)),
                        breached("b", SlaMetric.RESOLUTION, at(90), at(90))),
                of("outside", breached("outside", SlaMetric.FIRST_REPLY, at(-10), at(-10))));

        assertThat(summaryOf(facts, HOUR).slaAchievement()).isEqualTo(0.75);
        assertThat(summaryOf(facts, HOUR).breaches()).isEqualTo(1);
    }

    @Test
    void shouldLeaveSlaAchievementNullWhenNoClockEnded() {
        assertThat(summaryOf(List.of(of("a", created("a", at(0)))), HOUR).slaAchievement()).isNull();
    }

    @Test
    void shouldCountSatisfiedRatingsOfFourAndFiveForCsat() {
        List<TicketFact> facts = List.of(
                of("five", rated("five", 5, null, at(1))),
                of("four", rated("four", 4, null, at(2))),
                of("three", rated("three", 3, null, at(3))),
                of("one", rated("one", 1, null, at(4))),
                of("outside", rated("outside", 5, null, at(-1))));

        assertThat(summaryOf(facts, HOUR).csat()).isEqualTo(0.5);
        assertThat(summaryOf(facts, HOUR).ratings()).isEqualTo(4);
    }

    @Test
    void shouldComputeNpsAsPromotersMinusDetractorsInPercent() {
        List<TicketFact> facts = List.of(
                of("p1", rated("p1", 5, 10, at(1))),
                of("p2", rated("p2", 5, 10, at(2))),
                of("passive", rated("passive", 4, 7, at(3))),
                of("detractor", rated("detractor", 2, 3, at(4))),
                of("no-nps", rated("no-nps", 3, null, at(5))));

        // 2 promoters, 1 detractor of 4 scores: 50 % − 25 %
        assertThat(summaryOf(facts, HOUR).nps()).isCloseTo(25.0, within(1e-9));
    }

    @Test
    void shouldTreatSixAsDetractorAndNineAsPromoter() {
        List<TicketFact> facts = List.of(of("six", rated("six", 3, 6, at(1))), of("nine", rated("nine", 5, 9, at(2))),
                of("zero", rated("zero", 1, 0, at(3))));

        assertThat(summaryOf(facts, HOUR).nps()).isCloseTo(100.0 * (1 - 2) / 3, within(1e-9));
    }

    @Test
    void shouldUseOnlyTheLatestRatingOfATicket() {
        List<TicketFact> facts = List.of(of("a", rated("a", 5, 10, at(20)), rated("a", 1, 0, at(10))));

        assertThat(summaryOf(facts, HOUR).csat()).isEqualTo(1.0);
        assertThat(summaryOf(facts, HOUR).nps()).isEqualTo(100.0);
    }

    @Test
    void shouldLeaveRatesNullWithoutRatings() {
        List<TicketFact> facts = List.of(of("a", created("a", at(0))));

        assertThat(summaryOf(facts, HOUR).csat()).isNull();
        assertThat(summaryOf(facts, HOUR).nps()).isNull();
        assertThat(summaryOf(facts, HOUR).oneTouch()).isNull();
    }

    @Test
    void shouldShareOneTouchAmongSolvedTickets() {
        List<TicketFact> facts = List.of(
                of("one", created("one", at(0)), publicReply("one", "x", at(10)), solved("one", at(20))),
                of("two", created("two", at(0)), publicReply("two", "x", at(10)), publicReply("two", "x", at(15)),
                        solved("two", at(20))),
                of("unsolved", created("unsolved", at(0)), publicReply("unsolved", "x", at(10))));

        assertThat(summaryOf(facts, HOUR).oneTouch()).isEqualTo(0.5);
    }

    @Test
    void shouldCountEscalationsAndReopensInTheWindow() {
        List<TicketFact> facts = List.of(
                of("a", escalated("a", 1, at(10)), escalated("a", 2, at(4000)), reopened("a", 1, at(30)),
                        reopened("a", 2, at(40))),
                of("b", escalated("b", 1, at(-5))));

        assertThat(summaryOf(facts, HOUR).escalations()).isEqualTo(1);
        assertThat(summaryOf(facts, HOUR).reopens()).isEqualTo(2);
    }

    @Test
    void shouldAssembleTheSummaryFromTheSameDefinitions() {
        List<TicketFact> facts = List.of(of("a", created("a", at(0)), publicReply("a", "x", at(90)),
                solved("a", at(900)), rated("a", 5, 9, at(1000))));

        Summary summary = summaryOf(facts, HOUR);

        assertThat(summary.from()).isEqualTo(at(0));
        assertThat(summary.created()).isEqualTo(1);
        assertThat(summary.solved()).isEqualTo(1);
        assertThat(summary.backlog()).isZero();
        assertThat(summary.firstReplyTime()).isEqualTo(new Percentiles(90.0, 90.0, 90.0));
        assertThat(summary.resolutionTime()).isEqualTo(new Percentiles(900.0, 900.0, 900.0));
        assertThat(summary.oneTouch()).isEqualTo(1.0);
        assertThat(summary.csat()).isEqualTo(1.0);
        assertThat(summary.nps()).isEqualTo(100.0);
        assertThat(summary.ratings()).isEqualTo(1);
    }
}
