package dev.switchboard.local.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Records what the demo does, and when on the virtual clock; assigns every ticket the first time the demo asks, to
 * one agent unless told otherwise.
 */
final class FakeContactCenterApi implements ContactCenterApi {

    final Map<String, DemoAgent> agents = new LinkedHashMap<>();
    final List<String> presenceChanges = new ArrayList<>();
    final List<NewTicket> tickets = new ArrayList<>();
    final Map<String, List<Map<String, Object>>> events = new LinkedHashMap<>();
    /** ticket id → when each of its events was posted */
    final Map<String, List<Duration>> eventTimes = new LinkedHashMap<>();
    /** when each ticket of {@link #tickets} was created */
    final List<Duration> createdAt = new ArrayList<>();
    /** ticket id → when the demo first saw its assignee */
    final Map<String, Duration> assignedAt = new LinkedHashMap<>();
    int failCreatesLeft;
    Function<String, String> assigner = ticketId -> "agent-billing-1";
    Supplier<Duration> now = () -> Duration.ZERO;

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
        createdAt.add(now.get());
        String id = "t-" + tickets.size();
        events.put(id, new ArrayList<>());
        eventTimes.put(id, new ArrayList<>());
        return id;
    }

    @Override
    public Optional<String> assignee(String ticketId) {
        assignedAt.putIfAbsent(ticketId, now.get());
        return Optional.of(assigner.apply(ticketId));
    }

    @Override
    public void postEvent(String ticketId, Map<String, Object> event) {
        events.get(ticketId).add(event);
        eventTimes.get(ticketId).add(now.get());
    }

    List<String> types(String ticketId) {
        return events.get(ticketId).stream().map(e -> (String) e.get("type")).toList();
    }
}
