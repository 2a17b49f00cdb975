package dev.switchboard.local.demo;

import java.util.Map;
import java.util.Optional;

/** What the demo does to Switchboard; {@link GatewayClient} does it through the gateway's REST API. */
public interface ContactCenterApi {

    void configureAgent(DemoAgent agent);

    /** @param status AVAILABLE, AWAY or OFFLINE */
    void setPresence(String agentId, String status);

    /** @return the new ticket's id */
    String createTicket(NewTicket ticket);

    /** The agent the ticket is assigned to, if any yet. */
    Optional<String> assignee(String ticketId);

    /** @param event the body of {@code POST /tickets/{id}/events}, with its {@code type} */
    void postEvent(String ticketId, Map<String, Object> event);
}
