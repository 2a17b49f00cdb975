package dev.switchboard.routing.assignment.persistence;

import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.routing.assignment.AgentState;
import dev.switchboard.routing.assignment.ExpansionStep;
import dev.switchboard.routing.assignment.TicketPhase;
import dev.switchboard.routing.assignment.TicketState;
import org.bson.Document;

import java.time.Instant;
import java.util.Date;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Maps the engine's snapshots to MongoDB documents and back; an agent's held tickets live in the tickets only. */
final class StateDocuments {

    private StateDocuments() {
    }

    static Document agent(AgentState agent) {
        Document capacity = new Document();
        agent.capacity().forEach((channel, value) -> capacity.append(channel.name(), value));
        return new Document("_id", agent.id())
                .append("name", agent.name())
                .append("team", agent.team())
                .append("tier", agent.tier())
                .append("skills", new Document(new LinkedHashMap<>(agent.skills())))
                .append("capacity", capacity)
                .append("status", agent.status().name())
                .append("idleSince", date(agent.idleSince()))
                .append("recentEventIds", agent.recentEventIds())
                .append("statusSince", date(agent.statusSince()))
                .append("lastAssignedAt", date(agent.lastAssignedAt()));
    }

    static AgentState agent(Document document) {
        Map<String, Integer> skills = new LinkedHashMap<>();
        document.get("skills", new Document()).forEach((skill, level) -> skills.put(skill, ((Number) level).intValue()));
        Map<Channel, Integer> capacity = new EnumMap<>(Channel.class);
        document.get("capacity", new Document())
                .forEach((channel, value) -> capacity.put(Channel.valueOf(channel), ((Number) value).intValue()));
        return new AgentState(document.getString("_id"), document.getString("name"), document.getString("team"),
                document.getInteger("tier", 1), skills, capacity, AgentStatus.valueOf(document.getString("status")),
                instant(document.getDate("idleSince")), Map.of(), document.getList("recentEventIds", String.class,
                List.of()), instant(document.getDate("statusSince")), instant(document.getDate("lastAssignedAt")),
                Set.of());
    }

    static Document ticket(TicketState ticket) {
        return new Document("_id", ticket.id())
                .append("team", ticket.team())
                .append("channel", ticket.channel().name())
                .append("priority", ticket.priority().name())
                .append("customerTier", ticket.customerTier().name())
                .append("skills", ticket.skills())
                .append("createdAt", date(ticket.createdAt()))
                .append("queuedAt", date(ticket.queuedAt()))
                .append("phase", ticket.phase().name())
                .append("agentId", ticket.agentId())
                .append("assignments", ticket.assignments())
                .append("queueings", ticket.queueings())
                .append("appliedEventIds", ticket.appliedEventIds())
                .append("customerId", ticket.customerId())
                .append("minTier", ticket.minTier())
                .append("step", ticket.step().name())
                .append("preferredAgentId", ticket.preferredAgentId())
                .append("finishedAt", date(ticket.finishedAt()))
                .append("parked", ticket.parked())
                .append("declinedBy", ticket.declinedBy())
                .append("offers", ticket.offers())
                .append("offerExpiresAt", date(ticket.offerExpiresAt()))
                .append("offerReason", ticket.offerReason())
                .append("lastDeclinedAt", date(ticket.lastDeclinedAt()));
    }

    static TicketState ticket(Document document) {
        return new TicketState(document.getString("_id"), document.getString("team"),
                Channel.valueOf(document.getString("channel")), Priority.valueOf(document.getString("priority")),
                CustomerTier.valueOf(document.getString("customerTier")),
                document.getList("skills", String.class, List.of()), instant(document.getDate("createdAt")),
                instant(document.getDate("queuedAt")), TicketPhase.valueOf(document.getString("phase")),
                document.getString("agentId"), document.getInteger("assignments", 0),
                document.getInteger("queueings", 0), document.getList("appliedEventIds", String.class, List.of()),
                document.getString("customerId"), document.getInteger("minTier", 1),
                ExpansionStep.valueOf(document.get("step", ExpansionStep.EXACT.name())),
                document.getString("preferredAgentId"), instant(document.getDate("finishedAt")),
                document.getBoolean("parked", false), document.getList("declinedBy", String.class, List.of()),
                document.getInteger("offers", 0), instant(document.getDate("offerExpiresAt")),
                document.getString("offerReason"), instant(document.getDate("lastDeclinedAt")));
    }

    private static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
