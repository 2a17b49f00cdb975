package dev.switchboard.sla.clock;

import dev.switchboard.events.sla.SlaMetric;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The persisted form of one clock. */
public record SlaClockSnapshot(SlaMetric metric, int cycle, String policy, ClockState state, Duration target,
                               Duration elapsed, Instant runningSince, Instant startedAt, Instant dueAt,
                               List<Double> warningsFired, List<Integer> escalationsFired, int pauses,
                               int retargets, Instant breachedAt, Instant stoppedAt) {
}
