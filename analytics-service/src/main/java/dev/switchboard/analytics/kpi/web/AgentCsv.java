package dev.switchboard.analytics.kpi.web;

import dev.switchboard.analytics.kpi.AgentRow;

import java.util.List;
import java.util.stream.Collectors;

/** The agents report as RFC 4180 CSV with a header line; an unknown figure is an empty cell. */
final class AgentCsv {

    static final String HEADER = "agentId,handled,solved,firstReplyP50Seconds,csat,slaAchievement,"
            + "firstReplyP90Seconds,resolutionP50Seconds,breaches,reopens,oneTouch,occupancy";

    private AgentCsv() {
    }

    static String write(List<AgentRow> rows) {
        return rows.stream().map(AgentCsv::line)
                .collect(Collectors.joining("\r\n", HEADER + "\r\n", rows.isEmpty() ? "" : "\r\n"));
    }

    private static String line(AgentRow row) {
        return String.join(",", quoted(row.agentId()), String.valueOf(row.handled()), String.valueOf(row.solved()),
                cell(row.firstReplyP50()), cell(row.csat()), cell(row.slaAchievement()), cell(row.firstReplyP90()),
                cell(row.resolutionP50()), String.valueOf(row.breaches()), String.valueOf(row.reopens()),
                cell(row.oneTouch()), cell(row.occupancy()));
    }

    private static String cell(Double value) {
        return value == null ? "" : value.toString();
    }

    private static String quoted(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
