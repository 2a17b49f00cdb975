package dev.switchboard.analytics.fact;

import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything analytics knows about one ticket, folded from the ticket, routing and SLA events in whatever order they
 * arrived. Fields stay null until the event that carries them has been seen (a routing event may come before the
 * ticket's creation). Times are kept as lists where a ticket can go through a state more than once (solved, reopened),
 * so that its state at any point in time can be answered, not only its current one.
 *
 * @param version         optimistic-concurrency version of the stored document; 0 when never stored
 * @param team            the team the ticket was created for
 * @param routedTeam      the team routing queued or assigned it to (used when creation named no team)
 * @param priorityChangedAt when the latest applied priority change happened; null while the priority is the initial one
 * @param assignee        the agent of the latest assignment
 * @param queueWaitMs     how long the ticket waited in the queue before its first assignment
 * @param firstReplyAgent the agent who wrote the first public reply
 * @param solves          every moment the ticket became SOLVED (or CLOSED without passing SOLVED)
 * @param unsolves        every moment it left SOLVED/CLOSED again (status change or reopen)
 * @param reopens         every reopen the ticket service reported
 * @param appliedEventIds the {@code ce_id}s folded into this fact, so that a replayed event changes nothing
 * @param teamChanges     every move to another team ({@code ticket.team-changed})
 * @param slaSignals      every SLA warning, pause and resume, to know which clocks are at risk at any moment
 * @param lastActivityAt  the latest time of any applied event, to find the facts a time window can touch
 * @param pendingDeltas   changes to the time buckets this fact's versions made that may not be in the buckets yet:
 *                        written with the fact, so that they survive a crash before the buckets were updated
 * @param assignments     every assignment and unassignment routing reported, for the agents' handling intervals
 */
public record TicketFact(
        String ticketId,
        long version,
        Instant createdAt,
        String team,
        String routedTeam,
        Channel channel,
        Priority priority,
        Instant priorityChangedAt,
        CustomerTier customerTier,
        String assignee,
        Instant assignedAt,
        Instant firstAssignedAt,
        Long queueWaitMs,
        Instant firstReplyAt,
        String firstReplyAgent,
        int publicReplies,
        List<Instant> solves,
        List<Instant> unsolves,
        List<Instant> reopens,
        Instant ratedAt,
        Integer csat,
        Integer nps,
        List<SlaOutcome> slaOutcomes,
        List<Escalation> escalations,
        List<String> appliedEventIds,
        Instant lastActivityAt,
        List<PendingDelta> pendingDeltas,
        List<TeamChange> teamChanges,
        List<SlaSignal> slaSignals,
        List<Assignment> assignments) {

    public TicketFact {
        Objects.requireNonNull(ticketId, "ticketId");
        solves = List.copyOf(solves);
        unsolves = List.copyOf(unsolves);
        reopens = List.copyOf(reopens);
        slaOutcomes = List.copyOf(slaOutcomes);
        escalations = List.copyOf(escalations);
        appliedEventIds = List.copyOf(appliedEventIds);
        pendingDeltas = List.copyOf(pendingDeltas);
        teamChanges = List.copyOf(teamChanges);
        slaSignals = List.copyOf(slaSignals);
        assignments = List.copyOf(assignments);
    }

    /** A ticket nothing is known about yet. */
    public static TicketFact empty(String ticketId) {
        return builder(ticketId).build();
    }

    public static Builder builder(String ticketId) {
        return new Builder(ticketId);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public TicketFact withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    /**
     * This fact without the pending deltas of these versions (they are in the buckets now), one version on: the
     * stored clear increments the version so that no writer that read the deltas can write them back.
     */
    public TicketFact withoutPendingDeltas(List<Long> versions) {
        return toBuilder().pendingDeltas(pendingDeltas.stream().filter(d -> !versions.contains(d.version())).toList())
                .version(version + 1).build();
    }

    public boolean hasApplied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    /** The team the ticket belongs to now (see {@link #teamAt}). */
    public String effectiveTeam() {
        return teamAt(Instant.MAX);
    }

    /**
     * The team the ticket belonged to at {@code instant}: the target of its latest team change at or before it, else
     * the team it was created for, else the one routing put it in. A change to "no team" falls back the same way.
     */
    public String teamAt(Instant instant) {
        String initial = team != null ? team : routedTeam;
        return teamChanges.stream()
                .filter(change -> !change.at().isAfter(instant))
                .max(Comparator.comparing(TeamChange::at))
                .map(change -> change.to() != null ? change.to() : initial)
                .orElse(initial);
    }

    /**
     * Whether {@code metric} was at risk just before {@code instant} (only moments before it count): it was warned
     * about, has not been achieved, breached or cancelled since the latest warning, is not paused (a pause after the warning
     * that no resume followed), and the ticket is not solved.
     */
    public boolean isAtRiskBefore(SlaMetric metric, Instant instant) {
        Optional<Instant> warned = slaSignals.stream()
                .filter(signal -> signal.metric() == metric && signal.kind() == SlaSignal.Kind.WARNED
                        && signal.at().isBefore(instant))
                .map(SlaSignal::at).max(Comparator.naturalOrder());
        if (warned.isEmpty() || isSolvedBefore(instant)) {
            return false;
        }
        boolean ended = slaOutcomes.stream().anyMatch(outcome -> outcome.metric() == metric
                && !outcome.at().isBefore(warned.get()) && outcome.at().isBefore(instant))
                || slaSignals.stream().anyMatch(signal -> signal.metric() == metric
                && signal.kind() == SlaSignal.Kind.CANCELLED
                && !signal.at().isBefore(warned.get()) && signal.at().isBefore(instant));
        boolean paused = slaSignals.stream()
                .filter(signal -> signal.metric() == metric && (signal.kind() == SlaSignal.Kind.PAUSED
                        || signal.kind() == SlaSignal.Kind.RESUMED)
                        && !signal.at().isBefore(warned.get()) && signal.at().isBefore(instant))
                .max(Comparator.comparing(SlaSignal::at))
                .map(signal -> signal.kind() == SlaSignal.Kind.PAUSED)
                .orElse(false);
        return !ended && !paused;
    }

    /**
     * The stretches of time each agent handled the ticket: from an assignment to the agent until the next assignment,
     * an unassignment or the solve, whichever comes first; a reopen resumes the handling by the agent it is still
     * assigned to. Of two assignments of the same instant the larger agent id wins, so arrival order never matters.
     */
    public Map<String, List<HandlingInterval>> handlingIntervals() {
        List<Assignment> all = new ArrayList<>(assignments);
        // facts stored before assignments were kept know their latest assignment only
        if (assignee != null && assignedAt != null && all.stream()
                .noneMatch(a -> a.at().equals(assignedAt) && assignee.equals(a.agent()))) {
            all.add(new Assignment(assignedAt, assignee));
        }
        all.sort(Comparator.comparing(Assignment::at)
                .thenComparing(Assignment::agent, Comparator.nullsFirst(Comparator.naturalOrder())));
        TreeSet<Instant> moments = new TreeSet<>();
        all.forEach(a -> moments.add(a.at()));
        moments.addAll(solves);
        moments.addAll(unsolves);
        Map<String, List<HandlingInterval>> intervals = new TreeMap<>();
        String handler = null;
        Instant since = null;
        for (Instant moment : moments) {
            String after = isSolvedBefore(moment.plusNanos(1)) ? null : assigneeAt(all, moment);
            if (!Objects.equals(after, handler)) {
                if (handler != null) {
                    intervals.computeIfAbsent(handler, k -> new ArrayList<>()).add(new HandlingInterval(since, moment));
                }
                handler = after;
                since = moment;
            }
        }
        if (handler != null) {
            intervals.computeIfAbsent(handler, k -> new ArrayList<>()).add(new HandlingInterval(since, null));
        }
        return intervals;
    }

    private static String assigneeAt(List<Assignment> sorted, Instant instant) {
        String agent = null;
        for (Assignment assignment : sorted) {
            if (assignment.at().isAfter(instant)) {
                break;
            }
            agent = assignment.agent();
        }
        return agent;
    }

    /** When the ticket was solved, if it is solved now (a later reopen undoes an earlier solve). */
    public Optional<Instant> solvedAt() {
        return latest(solves).filter(solve -> latest(unsolves).map(solve::isAfter).orElse(true));
    }

    /** Whether the ticket was in a solved state just before {@code instant}: only moments before it count. */
    public boolean isSolvedBefore(Instant instant) {
        Optional<Instant> solve = latestBefore(solves, instant);
        Optional<Instant> unsolve = latestBefore(unsolves, instant);
        return solve.isPresent() && unsolve.map(solve.get()::isAfter).orElse(true);
    }

    /** The latest moment in [from, to) at which the ticket became solved. */
    public Optional<Instant> latestSolveWithin(Instant from, Instant to) {
        return solves.stream().filter(at -> !at.isBefore(from) && at.isBefore(to)).max(Comparator.naturalOrder());
    }

    /** Creation to first public reply; clock skew between producers must not make it negative. */
    public Optional<Duration> firstReplyTime() {
        if (createdAt == null || firstReplyAt == null) {
            return Optional.empty();
        }
        return Optional.of(nonNegative(Duration.between(createdAt, firstReplyAt)));
    }

    /** Creation to the given solve. */
    public Optional<Duration> resolutionTime(Instant solve) {
        return createdAt == null ? Optional.empty() : Optional.of(nonNegative(Duration.between(createdAt, solve)));
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }

    private static Optional<Instant> latest(List<Instant> instants) {
        return instants.stream().max(Comparator.naturalOrder());
    }

    private static Optional<Instant> latestBefore(List<Instant> instants, Instant bound) {
        return instants.stream().filter(at -> at.isBefore(bound)).max(Comparator.naturalOrder());
    }

    public static final class Builder {
        private final String ticketId;
        private long version;
        private Instant createdAt;
        private String team;
        private String routedTeam;
        private Channel channel;
        private Priority priority;
        private Instant priorityChangedAt;
        private CustomerTier customerTier;
        private String assignee;
        private Instant assignedAt;
        private Instant firstAssignedAt;
        private Long queueWaitMs;
        private Instant firstReplyAt;
        private String firstReplyAgent;
        private int publicReplies;
        private final List<Instant> solves = new ArrayList<>();
        private final List<Instant> unsolves = new ArrayList<>();
        private final List<Instant> reopens = new ArrayList<>();
        private Instant ratedAt;
        private Integer csat;
        private Integer nps;
        private final List<SlaOutcome> slaOutcomes = new ArrayList<>();
        private final List<Escalation> escalations = new ArrayList<>();
        private final List<String> appliedEventIds = new ArrayList<>();
        private Instant lastActivityAt;
        private final List<PendingDelta> pendingDeltas = new ArrayList<>();
        private final List<TeamChange> teamChanges = new ArrayList<>();
        private final List<SlaSignal> slaSignals = new ArrayList<>();
        private final List<Assignment> assignments = new ArrayList<>();

        private Builder(String ticketId) {
            this.ticketId = ticketId;
        }

        private Builder(TicketFact fact) {
            this(fact.ticketId);
            version = fact.version;
            createdAt = fact.createdAt;
            team = fact.team;
            routedTeam = fact.routedTeam;
            channel = fact.channel;
            priority = fact.priority;
            priorityChangedAt = fact.priorityChangedAt;
            customerTier = fact.customerTier;
            assignee = fact.assignee;
            assignedAt = fact.assignedAt;
            firstAssignedAt = fact.firstAssignedAt;
            queueWaitMs = fact.queueWaitMs;
            firstReplyAt = fact.firstReplyAt;
            firstReplyAgent = fact.firstReplyAgent;
            publicReplies = fact.publicReplies;
            solves.addAll(fact.solves);
            unsolves.addAll(fact.unsolves);
            reopens.addAll(fact.reopens);
            ratedAt = fact.ratedAt;
            csat = fact.csat;
            nps = fact.nps;
            slaOutcomes.addAll(fact.slaOutcomes);
            escalations.addAll(fact.escalations);
            appliedEventIds.addAll(fact.appliedEventIds);
            lastActivityAt = fact.lastActivityAt;
            pendingDeltas.addAll(fact.pendingDeltas);
            teamChanges.addAll(fact.teamChanges);
            slaSignals.addAll(fact.slaSignals);
            assignments.addAll(fact.assignments);
        }

        public Builder version(long value) { version = value; return this; }
        public Builder createdAt(Instant value) { createdAt = value; return this; }
        public Builder team(String value) { team = value; return this; }
        public Builder routedTeam(String value) { routedTeam = value; return this; }
        public Builder channel(Channel value) { channel = value; return this; }
        public Builder priority(Priority value) { priority = value; return this; }
        public Builder priorityChangedAt(Instant value) { priorityChangedAt = value; return this; }
        public Builder customerTier(CustomerTier value) { customerTier = value; return this; }
        public Builder assignee(String value) { assignee = value; return this; }
        public Builder assignedAt(Instant value) { assignedAt = value; return this; }
        public Builder firstAssignedAt(Instant value) { firstAssignedAt = value; return this; }
        public Builder queueWaitMs(Long value) { queueWaitMs = value; return this; }
        public Builder firstReplyAt(Instant value) { firstReplyAt = value; return this; }
        public Builder firstReplyAgent(String value) { firstReplyAgent = value; return this; }
        public Builder publicReplies(int value) { publicReplies = value; return this; }
        public Builder addSolve(Instant value) { solves.add(value); return this; }
        public Builder addUnsolve(Instant value) { unsolves.add(value); return this; }
        public Builder addReopen(Instant value) { reopens.add(value); return this; }
        public Builder ratedAt(Instant value) { ratedAt = value; return this; }
        public Builder csat(Integer value) { csat = value; return this; }
        public Builder nps(Integer value) { nps = value; return this; }
        public Builder slaOutcomes(List<SlaOutcome> value) { slaOutcomes.clear(); slaOutcomes.addAll(value); return this; }
        public Builder addEscalation(Escalation value) { escalations.add(value); return this; }
        public Builder addAppliedEventId(String value) { appliedEventIds.add(value); return this; }
        public Builder lastActivityAt(Instant value) { lastActivityAt = value; return this; }
        public Builder addPendingDelta(PendingDelta value) { pendingDeltas.add(value); return this; }
        public Builder pendingDeltas(List<PendingDelta> value) { pendingDeltas.clear(); pendingDeltas.addAll(value); return this; }
        public Builder addTeamChange(TeamChange value) { teamChanges.add(value); return this; }
        public Builder addSlaSignal(SlaSignal value) { slaSignals.add(value); return this; }
        public Builder addAssignment(Assignment value) { assignments.add(value); return this; }

        public TicketFact build() {
            return new TicketFact(ticketId, version, createdAt, team, routedTeam, channel, priority, priorityChangedAt,
                    customerTier, assignee, assignedAt, firstAssignedAt, queueWaitMs, firstReplyAt, firstReplyAgent,
                    publicReplies, solves, unsolves, reopens, ratedAt, csat, nps, slaOutcomes, escalations,
                    appliedEventIds, lastActivityAt, pendingDeltas, teamChanges, slaSignals, assignments);
        }
    }
}
