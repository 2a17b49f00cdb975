package dev.switchboard.analytics.kpi;

import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which tickets a KPI looks at; a null criterion matches every ticket. {@code agent} is the ticket's assignee,
 * {@code team} its effective team, {@code priority} its current priority, {@code tier} its customer's tier.
 */
public record FactFilter(String team, String agent, Channel channel, Priority priority, CustomerTier tier) {

    public static final FactFilter ALL = new FactFilter(null, null, null, null, null);

    /** The criteria as bucket dimension values, by dimension name (only those set). */
    public Map<String, String> dimensions() {
        Map<String, String> dims = new LinkedHashMap<>();
        if (team != null) dims.put("team", team);
        if (agent != null) dims.put("agent", agent);
        if (channel != null) dims.put("channel", channel.name());
        if (priority != null) dims.put("priority", priority.name());
        if (tier != null) dims.put("tier", tier.name());
        return dims;
    }
}
