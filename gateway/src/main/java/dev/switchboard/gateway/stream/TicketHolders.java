package dev.switchboard.gateway.stream;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which agent holds which ticket, learned from {@code routing.events} as they pass, so that an AGENT's stream carries
 * the ticket and SLA events of its own tickets. Only what this instance has read since it started is known (it reads
 * from the latest offset): a ticket assigned earlier becomes visible to its agent with its next routing event. Bounded:
 * the least recently touched tickets are forgotten first. Not thread-safe: one consumer thread feeds it.
 */
public final class TicketHolders {

    private final Map<String, String> holderByTicket;

    public TicketHolders(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.holderByTicket = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The agents who may see this event as their own; updates who holds the ticket on routing events. */
    public Set<String> audienceOf(IncomingEvent event) {
        Set<String> agents = new HashSet<>();
        event.agentId().ifPresent(agents::add);
        switch (event.topic()) {
            case "agents.events" -> {
                if (event.subject() != null) {
                    agents.add(event.subject());
                }
            }
            case "routing.events" -> {
                holder(event.subject()).ifPresent(agents::add);
                onRouting(event);
            }
            case "tickets.events", "sla.events" -> holder(event.subject()).ifPresent(agents::add);
            default -> {
                // analytics alerts and anything unknown: managers only
                return Set.of();
            }
        }
        return agents;
    }

    Optional<String> holder(String ticketId) {
        return ticketId == null ? Optional.empty() : Optional.ofNullable(holderByTicket.get(ticketId));
    }

    private void onRouting(IncomingEvent event) {
        if (event.subject() == null) {
            return;
        }
        switch (event.type()) {
            // an offer already concerns the agent: it is asked to accept
            case "routing.assigned", "routing.offered" ->
                    event.agentId().ifPresent(agent -> holderByTicket.put(event.subject(), agent));
            case "routing.unassigned", "routing.offer-declined", "routing.queued" ->
                    holderByTicket.remove(event.subject());
            default -> {
                // other routing facts do not change the holder
            }
        }
    }
}
