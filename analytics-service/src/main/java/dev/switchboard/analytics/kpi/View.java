package dev.switchboard.analytics.kpi;

import dev.switchboard.analytics.fact.Cell;
import dev.switchboard.analytics.fact.Contribution;
import dev.switchboard.analytics.fact.KpiNames;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A projection of the {@link Cell} dimensions that buckets are kept for. A query without filters reads {@link #ALL}
 * (one bucket per time slot), a query by one dimension reads that dimension's view, and only a combination of filters
 * needs the full {@link #CELL} view: reading few buckets is what keeps 30-day queries fast.
 */
public enum View {
    ALL, TEAM, AGENT, CHANNEL, PRIORITY, TIER, CELL;

    public static final String UNKNOWN = "unknown";

    /**
     * Whether this view keeps the contribution: agents' time has no channel, priority or tier, so only the views that
     * do not split by those keep it (no "unknown" channel full of agent time).
     */
    public boolean keeps(Contribution contribution) {
        return !KpiNames.isAgentTime(contribution.name()) || this == ALL || this == TEAM || this == AGENT;
    }

    /** The names of the dimensions this view keeps buckets by, in key order. */
    public List<String> dimensionNames() {
        return List.copyOf(dimensions(new Cell(null, null, null, null, null)).keySet());
    }

    /** The dimension values of the bucket a cell falls into in this view, by dimension name. */
    public Map<String, String> dimensions(Cell cell) {
        Map<String, String> dims = new LinkedHashMap<>();
        if (this == TEAM || this == CELL) {
            dims.put("team", cell.team());
        }
        if (this == AGENT || this == CELL) {
            dims.put("agent", cell.agent());
        }
        if (this == CHANNEL || this == CELL) {
            dims.put("channel", name(cell.channel()));
        }
        if (this == PRIORITY || this == CELL) {
            dims.put("priority", name(cell.priority()));
        }
        if (this == TIER || this == CELL) {
            dims.put("tier", name(cell.tier()));
        }
        return dims;
    }

    /** A stable key of the dimension values, {@value #UNKNOWN} for a missing one. */
    public static String key(Map<String, String> dimensions) {
        if (dimensions.isEmpty()) {
            return "*";
        }
        return String.join("|", dimensions.values().stream().map(v -> Objects.requireNonNullElse(v, UNKNOWN))
                .toList());
    }

    /** The cheapest view that can answer a filter. */
    public static View answering(FactFilter filter) {
        Map<View, Object> set = new LinkedHashMap<>();
        if (filter.team() != null) set.put(TEAM, filter.team());
        if (filter.agent() != null) set.put(AGENT, filter.agent());
        if (filter.channel() != null) set.put(CHANNEL, filter.channel());
        if (filter.priority() != null) set.put(PRIORITY, filter.priority());
        if (filter.tier() != null) set.put(TIER, filter.tier());
        return switch (set.size()) {
            case 0 -> ALL;
            case 1 -> set.keySet().iterator().next();
            default -> CELL;
        };
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
