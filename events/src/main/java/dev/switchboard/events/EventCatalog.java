package dev.switchboard.events;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.OfferAnswered;
import dev.switchboard.events.analytics.SurgeDetected;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.routing.OfferDeclined;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketOffered;
import dev.switchboard.events.routing.TicketQueued;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.sla.SlaAchieved;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaCancelled;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaPaused;
import dev.switchboard.events.sla.SlaResumed;
import dev.switchboard.events.sla.SlaStarted;
import dev.switchboard.events.sla.SlaWarning;
import dev.switchboard.events.ticket.CustomerMessageReceived;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketRated;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;

import java.util.List;
import java.util.Optional;

/** All event types of the contract, so that readers can map a {@code ce_type} header to its record. */
public final class EventCatalog {

    public static final List<EventType> ALL = List.of(
            new EventType(TicketCreated.TYPE, TicketCreated.class, Topic.TICKETS_EVENTS),
            new EventType(CustomerMessageReceived.TYPE, CustomerMessageReceived.class, Topic.TICKETS_EVENTS),
            new EventType(TicketReplied.TYPE, TicketReplied.class, Topic.TICKETS_EVENTS),
            new EventType(TicketStatusChanged.TYPE, TicketStatusChanged.class, Topic.TICKETS_EVENTS),
            new EventType(TicketPriorityChanged.TYPE, TicketPriorityChanged.class, Topic.TICKETS_EVENTS),
            new EventType(TicketTeamChanged.TYPE, TicketTeamChanged.class, Topic.TICKETS_EVENTS),
            new EventType(TicketRated.TYPE, TicketRated.class, Topic.TICKETS_EVENTS),
            new EventType(TicketReopened.TYPE, TicketReopened.class, Topic.TICKETS_EVENTS),
            new EventType(AgentUpdated.TYPE, AgentUpdated.class, Topic.AGENTS_EVENTS),
            new EventType(AgentPresenceChanged.TYPE, AgentPresenceChanged.class, Topic.AGENTS_EVENTS),
            new EventType(OfferAnswered.TYPE, OfferAnswered.class, Topic.AGENTS_EVENTS),
            new EventType(TicketQueued.TYPE, TicketQueued.class, Topic.ROUTING_EVENTS),
            new EventType(TicketAssigned.TYPE, TicketAssigned.class, Topic.ROUTING_EVENTS),
            new EventType(TicketUnassigned.TYPE, TicketUnassigned.class, Topic.ROUTING_EVENTS),
            new EventType(TicketOffered.TYPE, TicketOffered.class, Topic.ROUTING_EVENTS),
            new EventType(OfferDeclined.TYPE, OfferDeclined.class, Topic.ROUTING_EVENTS),
            new EventType(SlaStarted.TYPE, SlaStarted.class, Topic.SLA_EVENTS),
            new EventType(SlaPaused.TYPE, SlaPaused.class, Topic.SLA_EVENTS),
            new EventType(SlaResumed.TYPE, SlaResumed.class, Topic.SLA_EVENTS),
            new EventType(SlaWarning.TYPE, SlaWarning.class, Topic.SLA_EVENTS),
            new EventType(SlaBreached.TYPE, SlaBreached.class, Topic.SLA_EVENTS),
            new EventType(SlaAchieved.TYPE, SlaAchieved.class, Topic.SLA_EVENTS),
            new EventType(SlaCancelled.TYPE, SlaCancelled.class, Topic.SLA_EVENTS),
            new EventType(SlaEscalated.TYPE, SlaEscalated.class, Topic.SLA_EVENTS),
            new EventType(SurgeDetected.TYPE, SurgeDetected.class, Topic.ANALYTICS_ALERTS));

    private EventCatalog() {
    }

    public static Optional<EventType> byType(String type) {
        return ALL.stream().filter(t -> t.type().equals(type)).findFirst();
    }
}
