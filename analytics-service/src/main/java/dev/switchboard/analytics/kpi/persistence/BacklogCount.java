package dev.switchboard.analytics.kpi.persistence;

/** Open tickets of one team and priority; either is null when the ticket's creation did not name it. */
public record BacklogCount(String team, String priority, long count) {
}
