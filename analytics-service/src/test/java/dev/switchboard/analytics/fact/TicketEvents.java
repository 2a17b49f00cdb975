package dev.switchboard.analytics.fact;

import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.sla.SlaAchieved;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaCancelled;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.sla.SlaPaused;
import dev.switchboard.events.sla.SlaResumed;
import dev.switchboard.events.sla.SlaWarning;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketRated;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;

import java.time.Instant;
import java.util.List;

/** Object mother of the events analytics consumes, with the fields that do not matter filled in. */
public final class TicketEvents {

    public static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private TicketEvents() {
    }

    public static Instant at(long secondsAfterT0) {
        return T0.plusSeconds(secondsAfterT0);
    }

    public static TicketCreated created(String ticketId, Instant createdAt) {
        return created(ticketId, createdAt, "billing", Priority.NORMAL);
    }

    public static TicketCreated created(String ticketId, Instant createdAt, String team, Priority priority) {
        return new TicketCreated(ticketId, "ext-" + ticketId, "test-platform", Channel.EMAIL, "Refund", "Please",
                priority, new Customer("c-1", "Ada", CustomerTier.VIP, "en"), team, List.of("billing"), List.of(),
                createdAt, createdAt);
    }

    public static TicketAssigned assigned(String ticketId, String agentId, long waitedMs, Instant assignedAt) {
        return new TicketAssigned(ticketId, agentId, "billing", waitedMs, "skills", assignedAt);
    }

    public static TicketReplied publicReply(String ticketId, String agentId, Instant at) {
        return new TicketReplied(ticketId, agentId, "Hello", true, at);
    }

    public static TicketReplied internalNote(String ticketId, String agentId, Instant at) {
        return new TicketReplied(ticketId, agentId, "note", false, at);
    }

    public static TicketStatusChanged status(String ticketId, TicketStatus from, TicketStatus to, Instant at) {
        return new TicketStatusChanged(ticketId, from, to, at);
    }

    public static TicketStatusChanged solved(String ticketId, Instant at) {
        return status(ticketId, TicketStatus.OPEN, TicketStatus.SOLVED, at);
    }

    public static TicketReopened reopened(String ticketId, int reopens, Instant at) {
        return new TicketReopened(ticketId, reopens, at);
    }

    public static TicketRated rated(String ticketId, int csat, Integer nps, Instant at) {
        return new TicketRated(ticketId, csat, nps, null, at);
    }

    public static SlaAchieved achieved(String ticketId, SlaMetric metric, Instant dueAt, Instant at) {
        return new SlaAchieved(ticketId, metric, dueAt, at);
    }

    public static SlaBreached breached(String ticketId, SlaMetric metric, Instant dueAt, Instant at) {
        return new SlaBreached(ticketId, metric, dueAt, at);
    }

    public static TicketTeamChanged teamChanged(String ticketId, String from, String to, Instant at) {
        return new TicketTeamChanged(ticketId, from, to, at);
    }

    public static SlaWarning warned(String ticketId, SlaMetric metric, Instant dueAt, Instant at) {
        return new SlaWarning(ticketId, metric, dueAt, 0.75, at);
    }

    public static SlaPaused paused(String ticketId, SlaMetric metric, Instant at) {
        return new SlaPaused(ticketId, metric, at, 60_000);
    }

    public static SlaResumed resumed(String ticketId, SlaMetric metric, Instant dueAt, Instant at) {
        return new SlaResumed(ticketId, metric, at, dueAt);
    }

    public static SlaCancelled cancelled(String ticketId, SlaMetric metric, Instant dueAt, Instant at) {
        return new SlaCancelled(ticketId, metric, "no-target", dueAt, at);
    }

    public static SlaEscalated escalated(String ticketId, int level, Instant at) {
        return new SlaEscalated(ticketId, level, "breach", SlaMetric.FIRST_REPLY, "RAISE_PRIORITY", null, at);
    }
}
