package dev.switchboard.local.faults;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.switchboard.local.demo.ContactCenterApi;
import dev.switchboard.local.demo.DemoAgent;
import dev.switchboard.local.demo.NewTicket;

/**
 * Passes the simulated contact center's calls on and remembers what Switchboard promised: every ticket whose create
 * was answered 201, and every agent's capacity. That is the ground truth the audit holds the system to.
 */
final class RecordingApi implements ContactCenterApi {

    private final ContactCenterApi delegate;
    private final Set<String> accepted = ConcurrentHashMap.newKeySet();
    private final Map<String, Map<String, Integer>> capacities = new ConcurrentHashMap<>();

    RecordingApi(ContactCenterApi delegate) {
        this.delegate = delegate;
    }

    @Override
    public void configureAgent(DemoAgent agent) {
        delegate.configureAgent(agent);
        capacities.put(agent.id(), Map.copyOf(agent.capacity()));
    }

    @Override
    public void setPresence(String agentId, String status) {
        delegate.setPresence(agentId, status);
    }

    @Override
    public String createTicket(NewTicket ticket) {
        String id = delegate.createTicket(ticket);
        accepted.add(id);
        return id;
    }

    @Override
    public Optional<String> assignee(String ticketId) {
        return delegate.assignee(ticketId);
    }

    @Override
    public void postEvent(String ticketId, Map<String, Object> event) {
        delegate.postEvent(ticketId, event);
    }

    Set<String> accepted() {
        return Set.copyOf(accepted);
    }

    Map<String, Map<String, Integer>> capacities() {
        return Map.copyOf(capacities);
    }
}
