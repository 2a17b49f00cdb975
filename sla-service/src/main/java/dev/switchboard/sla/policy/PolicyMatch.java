package dev.switchboard.sla.policy;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;

import java.util.Set;

/** The conditions of a policy; an empty set means "any". */
public record PolicyMatch(Set<Priority> priority, Set<Channel> channel, Set<CustomerTier> customerTier,
                          Set<String> team) {

    public static final PolicyMatch ANY = new PolicyMatch(Set.of(), Set.of(), Set.of(), Set.of());

    public PolicyMatch {
        priority = priority == null ? Set.of() : Set.copyOf(priority);
        channel = channel == null ? Set.of() : Set.copyOf(channel);
        customerTier = customerTier == null ? Set.of() : Set.copyOf(customerTier);
        team = team == null ? Set.of() : Set.copyOf(team);
    }

    public boolean matches(TicketProfile ticket) {
        return fits(priority, ticket.priority())
                && fits(channel, ticket.channel())
                && fits(customerTier, ticket.customerTier())
                && fits(team, ticket.team());
    }

    private static <T> boolean fits(Set<T> accepted, T value) {
        return accepted.isEmpty() || (value != null && accepted.contains(value));
    }
}
