package dev.switchboard.routing.assignment;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Object mother for the events the engine consumes; defaults describe a plain billing e-mail. */
public final class Events {

    public static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");

    private Events() {
    }

    public static TicketBuilder ticket(String id) {
        return new TicketBuilder(id);
    }

    public static AgentBuilder agent(String id) {
        return new AgentBuilder(id);
    }

    public static AgentPresenceChanged presence(String agentId, AgentStatus status) {
        return new AgentPresenceChanged(agentId, status, null, T0);
    }

    public static TicketStatusChanged status(String ticketId, TicketStatus from, TicketStatus to) {
        return new TicketStatusChanged(ticketId, from, to, T0);
    }

    public static final class TicketBuilder {
        private final String id;
        private String team = "billing";
        private Channel channel = Channel.EMAIL;
        private Priority priority = Priority.NORMAL;
        private CustomerTier tier = CustomerTier.STANDARD;
        private List<String> skills = List.of();
        private Instant createdAt = T0;
        private String customerId;

        private TicketBuilder(String id) {
            this.id = id;
        }

        public TicketBuilder team(String team) {
            this.team = team;
            return this;
        }

        public TicketBuilder channel(Channel channel) {
            this.channel = channel;
            return this;
        }

        public TicketBuilder priority(Priority priority) {
            this.priority = priority;
            return this;
        }

        public TicketBuilder vip() {
            this.tier = CustomerTier.VIP;
            return this;
        }

        public TicketBuilder skills(String... skills) {
            this.skills = List.of(skills);
            return this;
        }

        public TicketBuilder customer(String customerId) {
            this.customerId = customerId;
            return this;
        }

        public TicketBuilder createdAt(Instant createdAt) {
            this.createdAt = createdAt;
            return this;
        }

        public TicketCreated build() {
            return new TicketCreated(id, "ext-" + id, "test", channel, "subject", "description", priority,
                    new Customer(customerId == null ? "c-" + id : customerId, "Customer", tier, "en"), team, skills, List.of(), createdAt, createdAt);
        }
    }

    public static final class AgentBuilder {
        private final String id;
        private String team = "billing";
        private Map<String, Integer> skills = Map.of("billing", 3);
        private Map<Channel, Integer> capacity = Map.of(Channel.EMAIL, 2, Channel.CHAT, 1);
        private int tier = 1;

        private AgentBuilder(String id) {
            this.id = id;
        }

        public AgentBuilder team(String team) {
            this.team = team;
            return this;
        }

        public AgentBuilder skills(Map<String, Integer> skills) {
            this.skills = skills;
            return this;
        }

        public AgentBuilder tier(int tier) {
            this.tier = tier;
            return this;
        }

        public AgentBuilder capacity(Map<Channel, Integer> capacity) {
            this.capacity = capacity;
            return this;
        }

        public AgentUpdated build() {
            return new AgentUpdated(id, "Agent " + id, team, tier, skills, capacity, T0);
        }
    }
}
