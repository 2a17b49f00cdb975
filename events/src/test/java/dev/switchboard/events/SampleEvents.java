package dev.switchboard.events;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.analytics.SurgeDetected;
import dev.switchboard.events.agent.OfferAnswered;
import dev.switchboard.events.routing.OfferDeclined;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketOffered;
import dev.switchboard.events.routing.TicketQueued;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.sla.SlaAchieved;
import dev.switchboard.events.sla.SlaCancelled;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.sla.SlaPaused;
import dev.switchboard.events.sla.SlaResumed;
import dev.switchboard.events.sla.SlaStarted;
import dev.switchboard.events.sla.SlaWarning;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.CustomerMessageReceived;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketRated;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One realistic instance of every event type, for schema and serialization tests. */
final class SampleEvents {

    private static final Instant AT = Instant.parse("2026-11-23T08:00:00Z");
    private static final Instant DUE = Instant.parse("2026-11-23T09:00:00Z");

    static final Map<Class<? extends Record>, Record> BY_CLASS = Map.ofEntries(
            entry(new TicketCreated("t-1", "zd-4711", "zendesk", Channel.EMAIL, "Refund", "Please refund",
                    Priority.HIGH, new Customer("c-1", "Ada", CustomerTier.VIP, "en"), "billing",
                    List.of("billing"), List.of("refund"), AT, AT)),
            entry(new CustomerMessageReceived("t-1", "Any news?", AT)),
            entry(new TicketReplied("t-1", "a-1", "On it", true, AT)),
            entry(new TicketStatusChanged("t-1", TicketStatus.OPEN, TicketStatus.PENDING, AT)),
            entry(new TicketPriorityChanged("t-1", Priority.NORMAL, Priority.URGENT, AT)),
            entry(new TicketTeamChanged("t-1", "billing", "tech", AT)),
            entry(new TicketRated("t-1", 5, 9, "great", AT)),
            entry(new TicketReopened("t-1", 1, AT)),
            entry(new AgentUpdated("a-1", "Ada", "billing", 1, Map.of("billing", 3), Map.of(Channel.EMAIL, 5), AT)),
            entry(new AgentPresenceChanged("a-1", AgentStatus.AVAILABLE, null, AT)),
            entry(new OfferAnswered("a-1", "t-1", true, AT)),
            entry(new TicketQueued("t-1", "billing", Priority.HIGH, AT)),
            entry(new TicketOffered("t-1", "a-1", "billing", AT, AT.plusSeconds(30), "LEAST_OCCUPIED")),
            entry(new OfferDeclined("t-1", "a-1", OfferDeclined.TIMED_OUT, AT)),
            entry(new TicketAssigned("t-1", "a-1", "billing", 1200, "LEAST_OCCUPIED", AT)),
            entry(new TicketUnassigned("t-1", "a-1", "AGENT_OFFLINE", AT)),
            entry(new SlaStarted("t-1", SlaMetric.FIRST_REPLY, "default", AT, DUE)),
            entry(new SlaPaused("t-1", SlaMetric.RESOLUTION, AT, 3_600_000)),
            entry(new SlaResumed("t-1", SlaMetric.RESOLUTION, AT, DUE)),
            entry(new SlaWarning("t-1", SlaMetric.FIRST_REPLY, DUE, 0.75, AT)),
            entry(new SlaBreached("t-1", SlaMetric.FIRST_REPLY, DUE, DUE)),
            entry(new SlaAchieved("t-1", SlaMetric.FIRST_REPLY, DUE, AT)),
            entry(new SlaCancelled("t-1", SlaMetric.NEXT_REPLY, "standard", DUE, AT)),
            entry(new SlaEscalated("t-1", 2, "FIRST_REPLY breached", SlaMetric.FIRST_REPLY, "ROUTE_TO_TIER", 2, DUE)),
            entry(new SurgeDetected("billing", AT, AT.plusSeconds(60), 42, 6.5, 2.1, 17.0, AT.plusSeconds(61))));

    private static Map.Entry<Class<? extends Record>, Record> entry(Record r) {
        return Map.entry(r.getClass(), r);
    }

    private SampleEvents() {
    }
}
