package dev.switchboard.ticket.view;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;

import java.time.Instant;
import java.util.List;

/**
 * The read model of one ticket, built only from events. Until {@code ticket.created} arrived it is a placeholder
 * ({@link #known()} is false) that keeps what routing or SLA events said earlier. {@code appliedEventIds} are the
 * {@code ce_id}s already folded in, kept in the same document so that deduplication and change are one write.
 */
public record TicketView(
        String id,
        String externalId,
        String platform,
        Channel channel,
        String subject,
        String description,
        Priority priority,
        TicketStatus status,
        Customer customer,
        String team,
        List<String> skills,
        List<String> tags,
        String assignee,
        Instant createdAt,
        Instant updatedAt,
        Instant firstRepliedAt,
        Instant solvedAt,
        int reopens,
        int escalationLevel,
        List<SlaClock> sla,
        long version,
        List<String> appliedEventIds) {

    public TicketView {
        skills = skills == null ? List.of() : List.copyOf(skills);
        tags = tags == null ? List.of() : List.copyOf(tags);
        sla = sla == null ? List.of() : List.copyOf(sla);
        appliedEventIds = appliedEventIds == null ? List.of() : List.copyOf(appliedEventIds);
    }

    public static TicketView placeholder(String id) {
        return new TicketView(id, null, null, null, null, null, null, null, null, null, List.of(), List.of(), null,
                null, null, null, null, 0, 0, List.of(), 0, List.of());
    }

    /** True once {@code ticket.created} was applied: only then is the ticket visible to readers. */
    public boolean known() {
        return createdAt != null;
    }

    public boolean hasApplied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    /** Mutable copy used while one event is applied. */
    static final class Builder {
        String id;
        String externalId;
        String platform;
        Channel channel;
        String subject;
        String description;
        Priority priority;
        TicketStatus status;
        Customer customer;
        String team;
        List<String> skills;
        List<String> tags;
        String assignee;
        Instant createdAt;
        Instant updatedAt;
        Instant firstRepliedAt;
        Instant solvedAt;
        int reopens;
        int escalationLevel;
        List<SlaClock> sla;
        long version;
        List<String> appliedEventIds;

        private Builder(TicketView v) {
            id = v.id;
            externalId = v.externalId;
            platform = v.platform;
            channel = v.channel;
            subject = v.subject;
            description = v.description;
            priority = v.priority;
            status = v.status;
            customer = v.customer;
            team = v.team;
            skills = v.skills;
            tags = v.tags;
            assignee = v.assignee;
            createdAt = v.createdAt;
            updatedAt = v.updatedAt;
            firstRepliedAt = v.firstRepliedAt;
            solvedAt = v.solvedAt;
            reopens = v.reopens;
            escalationLevel = v.escalationLevel;
            sla = v.sla;
            version = v.version;
            appliedEventIds = v.appliedEventIds;
        }

        TicketView build() {
            return new TicketView(id, externalId, platform, channel, subject, description, priority, status, customer,
                    team, skills, tags, assignee, createdAt, updatedAt, firstRepliedAt, solvedAt, reopens,
                    escalationLevel, sla, version, appliedEventIds);
        }
    }
}
