package dev.switchboard.events;

/**
 * Every Kafka topic of the contract, with the partition count the local mode creates it with. Keys: ticket id for
 * ticket, routing and SLA events (so each ticket's events stay in order), agent id for agent events, team for alerts.
 */
public enum Topic {
    TICKETS_INBOUND("tickets.inbound", 6),
    TICKETS_INBOUND_DLQ("tickets.inbound.dlq", 1),
    TICKETS_EVENTS("tickets.events", 6),
    TICKETS_EVENTS_DLQ("tickets.events.dlq", 1),
    AGENTS_EVENTS("agents.events", 3),
    AGENTS_EVENTS_DLQ("agents.events.dlq", 1),
    ROUTING_EVENTS("routing.events", 6),
    ROUTING_EVENTS_DLQ("routing.events.dlq", 1),
    SLA_EVENTS("sla.events", 6),
    SLA_EVENTS_DLQ("sla.events.dlq", 1),
    ANALYTICS_ALERTS("analytics.alerts", 1);

    private final String topicName;
    private final int partitions;

    Topic(String topicName, int partitions) {
        this.topicName = topicName;
        this.partitions = partitions;
    }

    public String topicName() {
        return topicName;
    }

    public int partitions() {
        return partitions;
    }

    @Override
    public String toString() {
        return topicName;
    }
}
