package dev.switchboard.analytics.fact;

import dev.switchboard.analytics.fact.SlaOutcome.Result;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketQueued;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.sla.SlaAchieved;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaCancelled;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaPaused;
import dev.switchboard.events.sla.SlaResumed;
import dev.switchboard.events.sla.SlaWarning;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketRated;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Folds ticket, routing and SLA events into a {@link TicketFact}. Every rule is written so that the result does not
 * depend on the order the events arrive in (the three topics are read independently, so a ticket's assignment may be
 * seen before its creation): "first" and "latest" are decided by the events' own times, never by arrival.
 */
public final class TicketFactApplier {

    private static final Set<TicketStatus> SOLVED_STATES = EnumSet.of(TicketStatus.SOLVED, TicketStatus.CLOSED);

    /** The ticket an event is about, or empty when no KPI depends on the event. */
    public Optional<String> ticketIdOf(Object event) {
        return Optional.ofNullable(switch (event) {
            case TicketCreated e -> e.ticketId();
            case TicketReplied e -> e.ticketId();
            case TicketStatusChanged e -> e.ticketId();
            case TicketPriorityChanged e -> e.ticketId();
            case TicketRated e -> e.ticketId();
            case TicketReopened e -> e.ticketId();
            case TicketTeamChanged e -> e.ticketId();
            case TicketQueued e -> e.ticketId();
            case TicketAssigned e -> e.ticketId();
            case TicketUnassigned e -> e.ticketId();
            case SlaAchieved e -> e.ticketId();
            case SlaBreached e -> e.ticketId();
            case SlaEscalated e -> e.ticketId();
            case SlaWarning e -> e.ticketId();
            case SlaPaused e -> e.ticketId();
            case SlaResumed e -> e.ticketId();
            case SlaCancelled e -> e.ticketId();
            default -> null;
        });
    }

    /**
     * Applies the event with id {@code eventId} unless the fact already holds it.
     *
     * @throws UnreadableEventException when the event carries a value no KPI can use
     * @throws IllegalArgumentException when the event is not one {@link #ticketIdOf} accepts
     */
    public FactUpdate apply(TicketFact current, String eventId, Object event) {
        if (current.hasApplied(eventId)) {
            return FactUpdate.unchanged(current);
        }
        TicketFact.Builder next = current.toBuilder().addAppliedEventId(eventId);
        Instant happenedAt = switch (event) {
            case TicketCreated e -> created(current, next, e);
            case TicketReplied e -> replied(current, next, e);
            case TicketStatusChanged e -> statusChanged(next, e);
            case TicketPriorityChanged e -> priorityChanged(current, next, e);
            case TicketRated e -> rated(current, next, e);
            case TicketReopened e -> reopened(next, e);
            case TicketTeamChanged e -> teamChanged(next, e);
            case TicketQueued e -> queued(current, next, e);
            case TicketAssigned e -> assigned(current, next, e);
            case TicketUnassigned e -> unassigned(next, e);
            case SlaAchieved e -> slaOutcome(current, next,
                    new SlaOutcome(e.metric(), e.dueAt(), Result.ACHIEVED, e.achievedAt()));
            case SlaBreached e -> slaOutcome(current, next,
                    new SlaOutcome(e.metric(), e.dueAt(), Result.BREACHED, e.breachedAt()));
            case SlaEscalated e -> escalated(next, e);
            case SlaWarning e -> slaSignal(next, new SlaSignal(e.metric(), SlaSignal.Kind.WARNED, e.warnedAt()));
            case SlaPaused e -> slaSignal(next, new SlaSignal(e.metric(), SlaSignal.Kind.PAUSED, e.pausedAt()));
            case SlaResumed e -> slaSignal(next, new SlaSignal(e.metric(), SlaSignal.Kind.RESUMED, e.resumedAt()));
            // no outcome: the clock counts as neither achieved nor breached, it only stops being at risk
            case SlaCancelled e -> slaSignal(next, new SlaSignal(e.metric(), SlaSignal.Kind.CANCELLED,
                    e.cancelledAt()));
            default -> throw new IllegalArgumentException("No fact depends on " + event.getClass().getName());
        };
        if (current.lastActivityAt() == null || happenedAt.isAfter(current.lastActivityAt())) {
            next.lastActivityAt(happenedAt);
        }
        TicketFact updated = next.build();
        return new FactUpdate(updated, true, changesBetween(current, updated));
    }

    private static Instant created(TicketFact current, TicketFact.Builder next, TicketCreated e) {
        next.createdAt(e.createdAt()).team(e.team()).channel(e.channel())
                .customerTier(e.customer() == null ? null : e.customer().tier());
        // a priority change seen before the creation is newer than the initial priority
        if (current.priorityChangedAt() == null) {
            next.priority(e.priority());
        }
        return e.createdAt();
    }

    private static Instant replied(TicketFact current, TicketFact.Builder next, TicketReplied e) {
        if (e.publicReply()) {
            next.publicReplies(current.publicReplies() + 1);
            if (current.firstReplyAt() == null || e.occurredAt().isBefore(current.firstReplyAt())) {
                next.firstReplyAt(e.occurredAt()).firstReplyAgent(e.agentId());
            }
        }
        return e.occurredAt();
    }

    private static Instant statusChanged(TicketFact.Builder next, TicketStatusChanged e) {
        boolean wasSolved = SOLVED_STATES.contains(e.from());
        boolean isSolved = SOLVED_STATES.contains(e.to());
        if (!wasSolved && isSolved) {
            next.addSolve(e.occurredAt());
        } else if (wasSolved && !isSolved) {
            next.addUnsolve(e.occurredAt());
        }
        return e.occurredAt();
    }

    private static Instant priorityChanged(TicketFact current, TicketFact.Builder next, TicketPriorityChanged e) {
        if (current.priorityChangedAt() == null || !e.occurredAt().isBefore(current.priorityChangedAt())) {
            next.priority(e.to()).priorityChangedAt(e.occurredAt());
        }
        return e.occurredAt();
    }

    private static Instant rated(TicketFact current, TicketFact.Builder next, TicketRated e) {
        if (e.csat() < 1 || e.csat() > 5) {
            throw new UnreadableEventException("csat must be 1..5, was " + e.csat());
        }
        if (e.nps() != null && (e.nps() < 0 || e.nps() > 10)) {
            throw new UnreadableEventException("nps must be 0..10, was " + e.nps());
        }
        // a customer may rate again: the latest rating replaces the earlier one
        if (current.ratedAt() == null || !e.occurredAt().isBefore(current.ratedAt())) {
            next.csat(e.csat()).nps(e.nps()).ratedAt(e.occurredAt());
        }
        return e.occurredAt();
    }

    private static Instant reopened(TicketFact.Builder next, TicketReopened e) {
        next.addReopen(e.occurredAt()).addUnsolve(e.occurredAt());
        return e.occurredAt();
    }

    /** Kept as a history: which team the ticket belonged to is asked at the moment each KPI counts it. */
    private static Instant teamChanged(TicketFact.Builder next, TicketTeamChanged e) {
        next.addTeamChange(new TeamChange(e.occurredAt(), e.to()));
        return e.occurredAt();
    }

    private static Instant slaSignal(TicketFact.Builder next, SlaSignal signal) {
        next.addSlaSignal(signal);
        return signal.at();
    }

    private static Instant queued(TicketFact current, TicketFact.Builder next, TicketQueued e) {
        if (current.routedTeam() == null && e.team() != null) {
            next.routedTeam(e.team());
        }
        return e.queuedAt();
    }

    /** Ends the handling by the agent; the assignee (to whom the ticket's figures belong) stays. */
    private static Instant unassigned(TicketFact.Builder next, TicketUnassigned e) {
        next.addAssignment(new Assignment(e.unassignedAt(), null));
        return e.unassignedAt();
    }

    private static Instant assigned(TicketFact current, TicketFact.Builder next, TicketAssigned e) {
        next.addAssignment(new Assignment(e.assignedAt(), e.agentId()));
        if (current.assignedAt() == null || !e.assignedAt().isBefore(current.assignedAt())) {
            next.assignee(e.agentId()).assignedAt(e.assignedAt());
            if (e.team() != null) {
                next.routedTeam(e.team());
            }
        }
        if (current.firstAssignedAt() == null || e.assignedAt().isBefore(current.firstAssignedAt())) {
            next.firstAssignedAt(e.assignedAt()).queueWaitMs(e.waitedMs());
        }
        return e.assignedAt();
    }

    /** One outcome per clock; a breach outranks an achievement of the same clock, whichever came first. */
    private static Instant slaOutcome(TicketFact current, TicketFact.Builder next, SlaOutcome outcome) {
        List<SlaOutcome> outcomes = new ArrayList<>(current.slaOutcomes());
        Optional<SlaOutcome> sameClock = outcomes.stream().filter(outcome::sameClockAs).findFirst();
        if (sameClock.isEmpty()) {
            outcomes.add(outcome);
        } else if (sameClock.get().result() == Result.ACHIEVED && outcome.result() == Result.BREACHED) {
            outcomes.set(outcomes.indexOf(sameClock.get()), outcome);
        }
        next.slaOutcomes(outcomes);
        return outcome.at();
    }

    private static Instant escalated(TicketFact.Builder next, SlaEscalated e) {
        next.addEscalation(new Escalation(e.level(), e.metric(), e.escalatedAt()));
        return e.escalatedAt();
    }

    private static List<FactChange> changesBetween(TicketFact before, TicketFact after) {
        List<FactChange> changes = new ArrayList<>();
        String team = after.effectiveTeam();
        if (before.createdAt() == null && after.createdAt() != null) {
            changes.add(new FactChange.TicketCounted(team, after.priority()));
        }
        if (before.firstReplyTime().isEmpty()) {
            after.firstReplyTime().ifPresent(time ->
                    changes.add(new FactChange.FirstReplyMeasured(team, after.priority(), time)));
        }
        after.solves().stream().skip(before.solves().size()).forEach(solve -> changes.add(
                new FactChange.TicketSolved(team, after.priority(), after.resolutionTime(solve).orElse(null))));
        after.slaOutcomes().stream()
                .filter(outcome -> outcome.result() == Result.BREACHED && !before.slaOutcomes().contains(outcome))
                .forEach(breach -> changes.add(new FactChange.SlaBreachCounted(team, after.priority(), breach.metric())));
        return changes;
    }
}
