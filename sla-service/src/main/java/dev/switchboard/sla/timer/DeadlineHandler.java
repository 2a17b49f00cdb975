package dev.switchboard.sla.timer;

import java.time.Instant;

@FunctionalInterface
public interface DeadlineHandler {

    void due(String key, Instant dueAt);
}
