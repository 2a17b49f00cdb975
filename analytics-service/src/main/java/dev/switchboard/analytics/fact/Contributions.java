package dev.switchboard.analytics.fact;

import dev.switchboard.events.sla.SlaMetric;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What one ticket contributes to the time buckets, derived from its fact alone: the single place where each KPI's
 * defining moment is chosen (see the README's KPI definitions). Everything is attributed to the {@link Cell} of its
 * moment: the team the ticket belonged to then, the current assignee, channel, priority and tier, so a re-assignment
 * moves the ticket's whole contribution to the new agent while a team change moves only what comes after it.
 */
public final class Contributions {

    private static final int CSAT_SATISFIED = 4;
    private static final int NPS_PROMOTER = 9;
    private static final int NPS_DETRACTOR_MAX = 6;

    private Contributions() {
    }

    public static List<Contribution> of(TicketFact fact) {
        List<Contribution> out = new ArrayList<>();
        if (fact.createdAt() != null) {
            out.add(count(fact, fact.createdAt(), KpiNames.CREATED, 1));
        }
        backlogChanges(fact, out);
        for (SlaMetric metric : SlaMetric.values()) {
            atRiskChanges(fact, metric, out);
        }
        fact.solvedAt().ifPresent(solve -> {
            out.add(count(fact, solve, KpiNames.SOLVED, 1));
            if (fact.publicReplies() == 1) {
                out.add(count(fact, solve, KpiNames.ONE_TOUCH, 1));
            }
            fact.resolutionTime(solve).ifPresent(time ->
                    out.add(sample(fact, solve, SampleScale.FULL_RESOLUTION, time.toSeconds())));
        });
        fact.solves().stream().min(Comparator.naturalOrder()).ifPresent(firstSolve ->
                fact.resolutionTime(firstSolve).ifPresent(time -> out.add(
                        sample(fact, firstSolve, SampleScale.FIRST_RESOLUTION, time.toSeconds()))));
        fact.firstReplyTime().ifPresent(time ->
                out.add(sample(fact, fact.firstReplyAt(), SampleScale.FIRST_REPLY, time.toSeconds())));
        if (fact.firstAssignedAt() != null && fact.queueWaitMs() != null) {
            out.add(sample(fact, fact.firstAssignedAt(), SampleScale.QUEUE_WAIT, fact.queueWaitMs()));
        }
        if (fact.assignedAt() != null) {
            out.add(count(fact, fact.assignedAt(), KpiNames.HANDLED, 1));
        }
        fact.reopens().forEach(at -> out.add(count(fact, at, KpiNames.REOPENS, 1)));
        fact.escalations().forEach(e -> out.add(count(fact, e.at(), KpiNames.ESCALATIONS, 1)));
        fact.slaOutcomes().forEach(outcome -> out.add(count(fact, outcome.at(),
                outcome.result() == SlaOutcome.Result.ACHIEVED
                        ? KpiNames.slaAchieved(outcome.metric()) : KpiNames.slaBreached(outcome.metric()), 1)));
        rating(fact, out);
        return out;
    }

    /** Counted at {@code at} in the cell of that moment: a team change moves what comes after it, not before. */
    private static Contribution count(TicketFact fact, Instant at, String name, long amount) {
        return Contribution.count(at, Cell.of(fact, at), name, amount);
    }

    private static Contribution sample(TicketFact fact, Instant at, SampleScale scale, long rawValue) {
        return Contribution.sample(at, Cell.of(fact, at), scale, rawValue);
    }

    /**
     * The difference {@code after − before} as contributions with signed multiplicities; contributions both sides
     * share cancel out, so a change that moves nothing yields nothing.
     */
    public static Map<Contribution, Long> difference(List<Contribution> before, List<Contribution> after) {
        Map<Contribution, Long> delta = new HashMap<>();
        after.forEach(c -> delta.merge(c, 1L, Long::sum));
        before.forEach(c -> delta.merge(c, -1L, Long::sum));
        delta.values().removeIf(times -> times == 0);
        return delta;
    }

    /**
     * The backlog definition (created before T and not solved just before T) as steps: at each moment the ticket's
     * state or team may change, the change it makes (−1 in the cell it leaves, +1 in the one it enters), so that the
     * sum of a cell's steps before T is 1 exactly when the ticket is in that cell's backlog at T, whatever order or
     * repetition the solves, unsolves and team changes came in.
     */
    private static void backlogChanges(TicketFact fact, List<Contribution> out) {
        if (fact.createdAt() == null) {
            return;
        }
        TreeSet<Instant> moments = new TreeSet<>();
        moments.add(fact.createdAt());
        moments.addAll(fact.solves());
        moments.addAll(fact.unsolves());
        fact.teamChanges().forEach(change -> moments.add(change.at()));
        steps(fact, moments, KpiNames.BACKLOG_CHANGE,
                at -> !fact.createdAt().isAfter(at) && !fact.isSolvedBefore(at.plusNanos(1)), out);
    }

    /** The same steps for "this metric's clock is at risk" ({@link TicketFact#isAtRiskBefore}). */
    private static void atRiskChanges(TicketFact fact, SlaMetric metric, List<Contribution> out) {
        if (fact.slaSignals().stream().noneMatch(signal -> signal.metric() == metric)) {
            return;
        }
        TreeSet<Instant> moments = new TreeSet<>();
        fact.slaSignals().stream().filter(signal -> signal.metric() == metric).forEach(s -> moments.add(s.at()));
        fact.slaOutcomes().stream().filter(o -> o.metric() == metric).forEach(o -> moments.add(o.at()));
        moments.addAll(fact.solves());
        moments.addAll(fact.unsolves());
        fact.teamChanges().forEach(change -> moments.add(change.at()));
        steps(fact, moments, KpiNames.slaAtRiskChange(metric),
                at -> fact.isAtRiskBefore(metric, at.plusNanos(1)), out);
    }

    /** Steps of a 0/1 state, evaluated just after each moment, in the cell of that moment. */
    private static void steps(TicketFact fact, TreeSet<Instant> moments, String name, Predicate<Instant> holdsAfter,
                              List<Contribution> out) {
        boolean before = false;
        Cell cellBefore = null;
        for (Instant moment : moments) {
            boolean after = holdsAfter.test(moment);
            Cell cellAfter = Cell.of(fact, moment);
            if (before && (!after || !cellAfter.equals(cellBefore))) {
                out.add(Contribution.count(moment, cellBefore, name, -1));
            }
            if (after && (!before || !cellAfter.equals(cellBefore))) {
                out.add(Contribution.count(moment, cellAfter, name, 1));
            }
            before = after;
            cellBefore = cellAfter;
        }
    }

    private static void rating(TicketFact fact, List<Contribution> out) {
        if (fact.ratedAt() == null || fact.csat() == null) {
            return;
        }
        Instant at = fact.ratedAt();
        Cell cell = Cell.of(fact, at);
        out.add(Contribution.count(at, cell, KpiNames.RATINGS, 1));
        if (fact.csat() >= CSAT_SATISFIED) {
            out.add(Contribution.count(at, cell, KpiNames.SATISFIED, 1));
        }
        if (fact.nps() != null) {
            out.add(Contribution.count(at, cell, KpiNames.NPS_RESPONSES, 1));
            if (fact.nps() >= NPS_PROMOTER) {
                out.add(Contribution.count(at, cell, KpiNames.PROMOTERS, 1));
            } else if (fact.nps() <= NPS_DETRACTOR_MAX) {
                out.add(Contribution.count(at, cell, KpiNames.DETRACTORS, 1));
            }
        }
    }

}
