package dev.switchboard.analytics.agent;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentUpdated;

import java.time.Instant;
import java.util.Optional;

/**
 * Folds agent events into {@link AgentState}, independent of arrival order: a value replaces the held one only when
 * its event is newer by the event's own time; of two events of the same instant the one with the larger
 * {@code ce_id} wins, so the result never depends on which arrived first, and a repeat changes nothing.
 */
public final class AgentStateApplier {

    /** The agent an event is about, or empty for events no agent figure depends on. */
    public Optional<String> agentIdOf(Object event) {
        return Optional.ofNullable(switch (event) {
            case AgentUpdated e -> e.agentId();
            case AgentPresenceChanged e -> e.agentId();
            default -> null;
        });
    }

    /** The new state, or empty when the event changes nothing (a repeat, or older than what is held). */
    public Optional<AgentState> apply(AgentState current, String eventId, Object event) {
        return switch (event) {
            case AgentUpdated e -> newer(current.teamAt(), current.teamEventId(), e.updatedAt(), eventId)
                    ? Optional.of(new AgentState(current.agentId(), current.version(), e.team(), e.updatedAt(),
                            eventId, current.status(), current.statusAt(), current.statusEventId()))
                    : Optional.empty();
            case AgentPresenceChanged e -> newer(current.statusAt(), current.statusEventId(), e.changedAt(), eventId)
                    ? Optional.of(new AgentState(current.agentId(), current.version(), current.team(),
                            current.teamAt(), current.teamEventId(), e.status(), e.changedAt(), eventId))
                    : Optional.empty();
            default -> throw new IllegalArgumentException("No agent figure depends on " + event.getClass().getName());
        };
    }

    private static boolean newer(Instant heldAt, String heldId, Instant at, String id) {
        if (heldAt == null) {
            return true;
        }
        int byTime = at.compareTo(heldAt);
        return byTime > 0 || byTime == 0 && id.compareTo(heldId) > 0;
    }
}
