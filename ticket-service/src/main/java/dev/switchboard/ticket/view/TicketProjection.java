package dev.switchboard.ticket.view;

import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.sla.SlaAchieved;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaCancelled;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.sla.SlaPaused;
import dev.switchboard.events.sla.SlaResumed;
import dev.switchboard.events.sla.SlaStarted;
import dev.switchboard.events.ticket.CustomerMessageReceived;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;
import dev.switchboard.events.ticket.TicketRated;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Folds ticket, routing and SLA events into a {@link TicketView}. Events of different topics arrive in any order
 * (an assignment may come before {@code ticket.created}), so every rule is written to give the same view whatever
 * the order across topics; within a topic Kafka keeps a ticket's events in order (they share the key).
 */
public final class TicketProjection {

    /** The ticket an event is about, or empty when the view does not care about this kind of event. */
    public static Optional<String> ticketIdOf(Record data) {
        return Optional.ofNullable(switch (data) {
            case TicketCreated e -> e.ticketId();
            case CustomerMessageReceived e -> e.ticketId();
            case TicketReplied e -> e.ticketId();
            case TicketStatusChanged e -> e.ticketId();
            case TicketPriorityChanged e -> e.ticketId();
            case TicketTeamChanged e -> e.ticketId();
            case TicketRated e -> e.ticketId();
            case TicketReopened e -> e.ticketId();
            case TicketAssigned e -> e.ticketId();
            case TicketUnassigned e -> e.ticketId();
            case SlaStarted e -> e.ticketId();
            case SlaResumed e -> e.ticketId();
            case SlaPaused e -> e.ticketId();
            case SlaAchieved e -> e.ticketId();
            case SlaBreached e -> e.ticketId();
            case SlaCancelled e -> e.ticketId();
            case SlaEscalated e -> e.ticketId();
            default -> null;
        });
    }

    /**
     * @param current the stored view, or null when there is none yet
     * @return the next view (version + 1, the event's id recorded), or empty when nothing changes: a duplicate or an
     * event the view ignores
     */
    public Optional<TicketView> apply(TicketView current, AppliedEvent event) {
        Optional<String> ticketId = ticketIdOf(event.data());
        if (ticketId.isEmpty()) {
            return Optional.empty();
        }
        TicketView base = current == null ? TicketView.placeholder(ticketId.get()) : current;
        if (base.hasApplied(event.id())) {
            return Optional.empty();
        }
        TicketView.Builder next = base.toBuilder();
        switch (event.data()) {
            case TicketCreated e -> created(next, e);
            case TicketAssigned e -> assigned(next, e);
            case TicketUnassigned e -> unassigned(next, e);
            case TicketStatusChanged e -> statusChanged(next, e);
            case TicketReopened e -> reopened(next);
            case TicketReplied e -> replied(next, e);
            case TicketPriorityChanged e -> next.priority = e.to();
            case TicketTeamChanged e -> next.team = e.to();
            case SlaStarted e -> clock(next, e.metric(), e.dueAt(), SlaState.RUNNING);
            case SlaResumed e -> clock(next, e.metric(), e.dueAt(), SlaState.RUNNING);
            case SlaPaused e -> clock(next, e.metric(), null, SlaState.PAUSED);
            case SlaAchieved e -> clock(next, e.metric(), e.dueAt(), SlaState.ACHIEVED);
            case SlaBreached e -> clock(next, e.metric(), e.dueAt(), SlaState.BREACHED);
            case SlaCancelled e -> clock(next, e.metric(), e.dueAt(), SlaState.CANCELLED);
            case SlaEscalated e -> next.escalationLevel = Math.max(next.escalationLevel, e.level());
            default -> {
                // message received and rated change nothing but updatedAt
            }
        }
        touch(next, event);
        List<String> applied = new ArrayList<>(next.appliedEventIds);
        applied.add(event.id());
        next.appliedEventIds = applied;
        next.version = base.version() + 1;
        return Optional.of(next.build());
    }

    private static void created(TicketView.Builder v, TicketCreated e) {
        v.externalId = e.externalId();
        v.platform = e.platform();
        v.channel = e.channel();
        v.subject = e.subject();
        v.description = e.description();
        v.priority = v.priority == null ? e.priority() : v.priority;
        v.customer = e.customer();
        v.team = e.team() == null ? v.team : e.team();
        v.skills = e.skills();
        v.tags = e.tags();
        v.createdAt = e.createdAt();
        if (v.status == null) {
            // an assignment applied before this event already made the ticket OPEN
            v.status = v.assignee == null ? TicketStatus.NEW : TicketStatus.OPEN;
        }
    }

    private static void assigned(TicketView.Builder v, TicketAssigned e) {
        v.assignee = e.agentId();
        if (v.team == null) {
            v.team = e.team();
        }
        if (v.status == TicketStatus.NEW) {
            v.status = TicketStatus.OPEN;
        }
    }

    private static void unassigned(TicketView.Builder v, TicketUnassigned e) {
        // a stale unassignment of an earlier agent must not remove the current one
        if (e.agentId() == null || e.agentId().equals(v.assignee)) {
            v.assignee = null;
            if (v.status == TicketStatus.OPEN) {
                v.status = TicketStatus.NEW;
            }
        }
    }

    private static void statusChanged(TicketView.Builder v, TicketStatusChanged e) {
        v.status = e.to();
        if (e.to() == TicketStatus.SOLVED) {
            v.solvedAt = e.occurredAt();
        }
    }

    private static void reopened(TicketView.Builder v) {
        v.status = TicketStatus.OPEN;
        v.reopens = v.reopens + 1;
        v.solvedAt = null;
    }

    private static void replied(TicketView.Builder v, TicketReplied e) {
        if (e.publicReply() && (v.firstRepliedAt == null || e.occurredAt().isBefore(v.firstRepliedAt))) {
            v.firstRepliedAt = e.occurredAt();
        }
    }

    private static void clock(TicketView.Builder v, SlaMetric metric, Instant dueAt, SlaState state) {
        List<SlaClock> clocks = new ArrayList<>(v.sla.size() + 1);
        Instant keptDueAt = dueAt;
        for (SlaClock clock : v.sla) {
            if (clock.metric() == metric) {
                keptDueAt = dueAt == null ? clock.dueAt() : dueAt;
            } else {
                clocks.add(clock);
            }
        }
        clocks.add(new SlaClock(metric, keptDueAt, state));
        clocks.sort(Comparator.comparing(SlaClock::metric));
        v.sla = clocks;
    }

    private static void touch(TicketView.Builder v, AppliedEvent event) {
        Instant at = event.time() != null ? event.time()
                : event.data() instanceof TicketCreated created ? created.createdAt() : null;
        if (at != null && (v.updatedAt == null || at.isAfter(v.updatedAt))) {
            v.updatedAt = at;
        }
    }
}
