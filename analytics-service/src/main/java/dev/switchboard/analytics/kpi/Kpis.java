package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.SlaOutcome;
import dev.switchboard.analytics.fact.TicketFact;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one definition of every KPI. Each counts the tickets (or their events) whose defining moment lies in the window
 * [from, to); durations are measured per ticket and summarised as exact {@link Percentiles} (nearest rank); rates are
 * 0..1 and null when there is nothing to divide by.
 * <dl>
 * <dt>created</dt><dd>tickets whose creation (accepted by Switchboard, {@code createdAt}) is in the window</dd>
 * <dt>solved</dt><dd>tickets that became SOLVED (or CLOSED) in the window, counted once however often</dd>
 * <dt>backlog</dt><dd>tickets created before {@code to} and not in a solved state just before {@code to}</dd>
 * <dt>firstReplyTime</dt><dd>creation to first public agent reply, of tickets first replied to in the window</dd>
 * <dt>resolutionTime</dt><dd>creation to the latest solve in the window, of the tickets solved in the window</dd>
 * <dt>queueWait</dt><dd>routing's {@code waitedMs} of the first assignment, of tickets first assigned in the
 * window</dd>
 * <dt>slaAchievement</dt><dd>achieved / (achieved + breached) over SLA clocks that ended in the window</dd>
 * <dt>breaches</dt><dd>SLA clocks that breached in the window</dd>
 * <dt>escalations</dt><dd>escalations (any level) raised in the window</dd>
 * <dt>reopens</dt><dd>reopens in the window</dd>
 * <dt>oneTouch</dt><dd>share of the tickets solved in the window that got exactly one public agent reply</dd>
 * <dt>ratings</dt><dd>tickets whose (latest) satisfaction rating was given in the window</dd>
 * <dt>csat</dt><dd>share of those ratings with a CSAT of 4 or 5</dd>
 * <dt>nps</dt><dd>over those ratings that include an NPS score: % promoters (9–10) − % detractors (0–6),
 * −100..100</dd>
 * </dl>
 */
public final class Kpis {

    private static final int CSAT_SATISFIED = 4;
    private static final int NPS_PROMOTER = 9;
    private static final int NPS_DETRACTOR_MAX = 6;

    private Kpis() {
    }

    public static Summary summary(Collection<TicketFact> facts, TimeWindow window) {
        return new Summary(window.from(), window.to(), created(facts, window), solved(facts, window),
                backlog(facts, window), firstReplyTime(facts, window), resolutionTime(facts, window),
                queueWait(facts, window), slaAchievement(facts, window), breaches(facts, window),
                escalations(facts, window), reopens(facts, window), oneTouch(facts, window), csat(facts, window),
                nps(facts, window), ratings(facts, window));
    }

    public static long created(Collection<TicketFact> facts, TimeWindow window) {
        return count(facts, fact -> window.contains(fact.createdAt()));
    }

    public static long solved(Collection<TicketFact> facts, TimeWindow window) {
        return count(facts, fact -> solveWithin(fact, window).isPresent());
    }

    public static long backlog(Collection<TicketFact> facts, TimeWindow window) {
        return count(facts, fact -> fact.createdAt() != null && fact.createdAt().isBefore(window.to())
                && !fact.isSolvedBefore(window.to()));
    }

    public static Percentiles firstReplyTime(Collection<TicketFact> facts, TimeWindow window) {
        return Percentiles.of(facts.stream()
                .filter(fact -> window.contains(fact.firstReplyAt()))
                .flatMap(fact -> fact.firstReplyTime().stream())
                .toList());
    }

    public static Percentiles resolutionTime(Collection<TicketFact> facts, TimeWindow window) {
        return Percentiles.of(facts.stream()
                .flatMap(fact -> solveWithin(fact, window).flatMap(fact::resolutionTime).stream())
                .toList());
    }

    public static Percentiles queueWait(Collection<TicketFact> facts, TimeWindow window) {
        return Percentiles.of(facts.stream()
                .filter(fact -> window.contains(fact.firstAssignedAt()) && fact.queueWaitMs() != null)
                .map(fact -> Duration.ofMillis(fact.queueWaitMs()))
                .toList());
    }

    public static Double slaAchievement(Collection<TicketFact> facts, TimeWindow window) {
        List<SlaOutcome> ended = outcomesWithin(facts, window);
        long achieved = ended.stream().filter(outcome -> outcome.result() == SlaOutcome.Result.ACHIEVED).count();
        return ratio(achieved, ended.size());
    }

    public static long breaches(Collection<TicketFact> facts, TimeWindow window) {
        return outcomesWithin(facts, window).stream()
                .filter(outcome -> outcome.result() == SlaOutcome.Result.BREACHED)
                .count();
    }

    public static long escalations(Collection<TicketFact> facts, TimeWindow window) {
        return facts.stream().flatMap(fact -> fact.escalations().stream())
                .filter(escalation -> window.contains(escalation.at()))
                .count();
    }

    public static long reopens(Collection<TicketFact> facts, TimeWindow window) {
        return facts.stream().flatMap(fact -> fact.reopens().stream()).filter(window::contains).count();
    }

    public static Double oneTouch(Collection<TicketFact> facts, TimeWindow window) {
        List<TicketFact> solved = facts.stream().filter(fact -> solveWithin(fact, window).isPresent()).toList();
        return ratio(solved.stream().filter(fact -> fact.publicReplies() == 1).count(), solved.size());
    }

    public static long ratings(Collection<TicketFact> facts, TimeWindow window) {
        return rated(facts, window).size();
    }

    public static Double csat(Collection<TicketFact> facts, TimeWindow window) {
        List<TicketFact> rated = rated(facts, window);
        return ratio(rated.stream().filter(fact -> fact.csat() >= CSAT_SATISFIED).count(), rated.size());
    }

    public static Double nps(Collection<TicketFact> facts, TimeWindow window) {
        List<Integer> scores = rated(facts, window).stream().map(TicketFact::nps).filter(score -> score != null)
                .toList();
        if (scores.isEmpty()) {
            return null;
        }
        long promoters = scores.stream().filter(score -> score >= NPS_PROMOTER).count();
        long detractors = scores.stream().filter(score -> score <= NPS_DETRACTOR_MAX).count();
        return 100.0 * (promoters - detractors) / scores.size();
    }

    static Optional<Instant> solveWithin(TicketFact fact, TimeWindow window) {
        return fact.latestSolveWithin(window.from(), window.to());
    }

    private static List<TicketFact> rated(Collection<TicketFact> facts, TimeWindow window) {
        return facts.stream().filter(fact -> window.contains(fact.ratedAt()) && fact.csat() != null).toList();
    }

    private static List<SlaOutcome> outcomesWithin(Collection<TicketFact> facts, TimeWindow window) {
        return facts.stream().flatMap(fact -> fact.slaOutcomes().stream())
                .filter(outcome -> window.contains(outcome.at()))
                .toList();
    }

    private static long count(Collection<TicketFact> facts, Predicate<TicketFact> predicate) {
        return facts.stream().filter(predicate).count();
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
