package dev.switchboard.analytics.agent;

import dev.switchboard.analytics.fact.Cell;
import dev.switchboard.analytics.fact.Contribution;
import dev.switchboard.analytics.fact.KpiNames;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What one agent contributes to the time buckets for occupancy: two 0/1 step functions of time, <i>signed in</i>
 * (AVAILABLE or AWAY) and <i>occupied</i> (signed in and handling at least one ticket), each as its steps: at every
 * moment the state (or the agent's team) changes, {@code ±1} in {@code <state>Change} and {@code ±t} (epoch
 * milliseconds) in {@code <state>Ms}, in the cell of the team of that moment. From those sums the time in the state over
 * any window of whole buckets is exact (see {@link dev.switchboard.analytics.kpi.Kpis}): with {@code L} the level at the
 * window's end, {@code A} and {@code M} the window's sums, the time is {@code L·(to − from) + A·from − M}.
 */
public final class OccupancyContributions {

    private OccupancyContributions() {
    }

    public static List<Contribution> of(AgentTimeline timeline) {
        TreeSet<Instant> moments = new TreeSet<>();
        timeline.presence().forEach(mark -> moments.add(mark.at()));
        timeline.teams().forEach(mark -> moments.add(mark.at()));
        timeline.handling().values().forEach(handling -> handling.intervals().forEach(interval -> {
            moments.add(interval.from());
            if (interval.to() != null) {
                moments.add(interval.to());
            }
        }));
        List<Contribution> out = new ArrayList<>();
        steps(timeline, moments, KpiNames.SIGNED_IN_CHANGE, KpiNames.SIGNED_IN_MS, timeline::signedInAfter, out);
        steps(timeline, moments, KpiNames.OCCUPIED_CHANGE, KpiNames.OCCUPIED_MS,
                at -> timeline.signedInAfter(at) && timeline.handlingAfter(at), out);
        return out;
    }

    private static void steps(AgentTimeline timeline, TreeSet<Instant> moments, String change, String ms,
                              Predicate<Instant> holdsAfter, List<Contribution> out) {
        boolean before = false;
        Cell cellBefore = null;
        for (Instant moment : moments) {
            boolean after = holdsAfter.test(moment);
            Cell cellAfter = new Cell(timeline.teamAt(moment), timeline.agentId(), null, null, null);
            boolean moved = !Objects.equals(cellAfter, cellBefore);
            if (before && (!after || moved)) {
                step(moment, cellBefore, change, ms, -1, out);
            }
            if (after && (!before || moved)) {
                step(moment, cellAfter, change, ms, 1, out);
            }
            before = after;
            cellBefore = cellAfter;
        }
    }

    private static void step(Instant at, Cell cell, String change, String ms, int sign, List<Contribution> out) {
        out.add(new Contribution(at, cell, Contribution.Kind.COUNT, change, sign));
        out.add(new Contribution(at, cell, Contribution.Kind.COUNT, ms, sign * at.toEpochMilli()));
    }
}
