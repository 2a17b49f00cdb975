package dev.switchboard.analytics.fact;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What one ticket contributes to the time buckets, derived from its fact alone: the single place where each KPI's
 * defining moment is chosen (see the README's KPI definitions). Everything is attributed to the ticket's current
 * {@link Cell}, so a re-assignment moves the ticket's whole contribution to the new agent.
 */
public final class Contributions {

    private static final int CSAT_SATISFIED = 4;
    private static final int NPS_PROMOTER = 9;
    private static final int NPS_DETRACTOR_MAX = 6;

    private Contributions() {
    }

    public static List<Contribution> of(TicketFact fact) {
        Cell cell = Cell.of(fact);
        List<Contribution> out = new ArrayList<>();
        if (fact.createdAt() != null) {
            out.add(Contribution.count(fact.createdAt(), cell, KpiNames.CREATED, 1));
        }
        backlogChanges(fact, cell, out);
        fact.solvedAt().ifPresent(solve -> {
            out.add(Contribution.count(solve, cell, KpiNames.SOLVED, 1));
            if (fact.publicReplies() == 1) {
                out.add(Contribution.count(solve, cell, KpiNames.ONE_TOUCH, 1));
            }
            fact.resolutionTime(solve).ifPresent(time ->
                    out.add(Contribution.sample(solve, cell, SampleScale.FULL_RESOLUTION, time.toSeconds())));
        });
        fact.solves().stream().min(Comparator.naturalOrder()).ifPresent(firstSolve ->
                fact.resolutionTime(firstSolve).ifPresent(time -> out.add(
                        Contribution.sample(firstSolve, cell, SampleScale.FIRST_RESOLUTION, time.toSeconds()))));
        fact.firstReplyTime().ifPresent(time ->
                out.add(Contribution.sample(fact.firstReplyAt(), cell, SampleScale.FIRST_REPLY, time.toSeconds())));
        if (fact.firstAssignedAt() != null && fact.queueWaitMs() != null) {
            out.add(Contribution.sample(fact.firstAssignedAt(), cell, SampleScale.QUEUE_WAIT, fact.queueWaitMs()));
        }
        if (fact.assignedAt() != null) {
            out.add(Contribution.count(fact.assignedAt(), cell, KpiNames.HANDLED, 1));
        }
        fact.reopens().forEach(at -> out.add(Contribution.count(at, cell, KpiNames.REOPENS, 1)));
        fact.escalations().forEach(e -> out.add(Contribution.count(e.at(), cell, KpiNames.ESCALATIONS, 1)));
        fact.slaOutcomes().forEach(outcome -> out.add(Contribution.count(outcome.at(), cell,
                outcome.result() == SlaOutcome.Result.ACHIEVED
                        ? KpiNames.slaAchieved(outcome.metric()) : KpiNames.slaBreached(outcome.metric()), 1)));
        rating(fact, cell, out);
        return out;
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
     * state may change, +1 or −1 for the change it makes, so that the sum of the steps before T is 1 exactly when the
     * ticket is in the backlog at T, whatever order or repetition the solves and unsolves came in.
     */
    private static void backlogChanges(TicketFact fact, Cell cell, List<Contribution> out) {
        if (fact.createdAt() == null) {
            return;
        }
        TreeSet<Instant> moments = new TreeSet<>();
        Stream.of(List.of(fact.createdAt()), fact.solves(), fact.unsolves()).forEach(moments::addAll);
        int openBefore = 0;
        for (Instant moment : moments) {
            Instant justAfter = moment.plusNanos(1);
            int openAfter = !fact.createdAt().isAfter(moment) && !fact.isSolvedBefore(justAfter) ? 1 : 0;
            if (openAfter != openBefore) {
                out.add(Contribution.count(moment, cell, KpiNames.BACKLOG_CHANGE, openAfter - openBefore));
            }
            openBefore = openAfter;
        }
    }

    private static void rating(TicketFact fact, Cell cell, List<Contribution> out) {
        if (fact.ratedAt() == null || fact.csat() == null) {
            return;
        }
        Instant at = fact.ratedAt();
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
