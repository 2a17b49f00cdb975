package dev.switchboard.sla.policy;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;

/** What a policy's match looks at; any field may be unknown (null). */
public record TicketProfile(Priority priority, Channel channel, CustomerTier customerTier, String team) {

    public TicketProfile withPriority(Priority newPriority) {
        return new TicketProfile(newPriority, channel, customerTier, team);
    }

    public TicketProfile withTeam(String newTeam) {
        return new TicketProfile(priority, channel, customerTier, newTeam);
    }
}
