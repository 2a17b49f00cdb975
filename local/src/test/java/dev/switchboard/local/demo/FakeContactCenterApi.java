package dev.switchboard.local.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Records what the demo does; assigns every ticket to one agent the first time the demo asks. */
final class FakeContactCenterApi implements ContactCenterApi {

    final Map<String, DemoAgent> agents = new LinkedHashMap<>();
    final List<String> presenceChanges = new ArrayList<>();
    final List<NewTicket> tickets = new ArrayList<>();
    final Map<String, List<Map<String, Object>>> events = new LinkedHashMap<>();
    int failCreatesLeft;

    @Override
    public void configureAgent(DemoAgent agent) {
        agents.put(agent.id(), agent);
    }

    @Override
    public void setPresence(String agentId, String status) {
        presenceChanges.add(agentId + "=" + status);
    }

    @Override
    public String createTicket(NewTicket ticket) {
        if (failCreatesLeft > 0) {
            failCreatesLeft--;
            throw new IllegalStateException("gateway answered 503");
        }
        tickets.add(ticket);
        String id = "t-" + tickets.size();
        events.put(id, new ArrayList<>());
        return id;
    }

    @Override
    public Optional<String> assignee(String ticketId) {
        return Optional.of("agent-billing-1");
    }

    @Override
    public void postEvent(String ticketId, Map<String, Object> event) {
        events.get(ticketId).add(event);
    }

    List<String> types(String ticketId) {
        return events.get(ticketId).stream().map(e -> (String) e.get("type")).toList();
    }
}
