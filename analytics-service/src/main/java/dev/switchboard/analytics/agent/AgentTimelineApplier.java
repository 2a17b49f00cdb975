package dev.switchboard.analytics.agent;

import dev.switchboard.analytics.agent.AgentTimeline.Mark;
import dev.switchboard.analytics.agent.AgentTimeline.TicketHandling;
import dev.switchboard.analytics.fact.HandlingInterval;
import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentUpdated;

import java.util.List;
import java.util.Optional;

/**
 * Folds agent events and tickets' handling intervals into an {@link AgentTimeline}: a presence or team change is kept
 * once per {@code ce_id} (its position in time is its own time, so the arrival order never matters), a ticket's
 * intervals replace those of a lower fact version only.
 */
public final class AgentTimelineApplier {

    /** The new timeline, or empty when the event changes nothing (a repeat). */
    public Optional<AgentTimeline> apply(AgentTimeline current, String eventId, Object event) {
        return switch (event) {
            case AgentPresenceChanged e -> current.presence().stream().anyMatch(m -> m.eventId().equals(eventId))
                    ? Optional.empty()
                    : Optional.of(current.withPresence(new Mark<>(e.changedAt(), e.status(), eventId)));
            case AgentUpdated e -> current.teams().stream().anyMatch(m -> m.eventId().equals(eventId))
                    ? Optional.empty()
                    : Optional.of(current.withTeam(new Mark<>(e.updatedAt(), e.team(), eventId)));
            default -> throw new IllegalArgumentException("No agent timeline depends on " + event.getClass().getName());
        };
    }

    /** The new timeline, or empty when it holds this ticket's intervals of the same or a later fact version. */
    public Optional<AgentTimeline> handled(AgentTimeline current, String ticketId, long factVersion,
                                           List<HandlingInterval> intervals) {
        TicketHandling held = current.handling().get(ticketId);
        if (held != null && held.factVersion() >= factVersion) {
            return Optional.empty();
        }
        return Optional.of(current.withHandling(ticketId, new TicketHandling(factVersion, intervals)));
    }
}
