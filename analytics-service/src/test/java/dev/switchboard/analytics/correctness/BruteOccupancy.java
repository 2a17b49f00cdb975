package dev.switchboard.analytics.correctness;

import dev.switchboard.analytics.correctness.SyntheticDay.AgentPublished;
import dev.switchboard.analytics.correctness.SyntheticDay.Published;
import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketUnassigned;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Occupancy counted by hand from the raw events, sharing no code with the service: per agent, walk its own moments
 * (presence changes, team changes, the start and end of each ticket it handled) and add up, stretch by stretch, the
 * milliseconds signed in and the milliseconds signed in while handling at least one ticket.
 */
final class BruteOccupancy {

    private static final Set<TicketStatus> SOLVED = EnumSet.of(TicketStatus.SOLVED, TicketStatus.CLOSED);

    /** Milliseconds signed in and occupied. */
    record Times(long signedInMs, long occupiedMs) {
    }

    private record Mark(Instant at, String id, String value) {
    }

    private record Stretch(long from, long to) {
    }

    private final Map<String, List<Mark>> presence = new HashMap<>();
    private final Map<String, List<Mark>> teams = new HashMap<>();
    private final Map<String, List<Stretch>> handled = new HashMap<>();

    BruteOccupancy(List<AgentPublished> agentEvents, List<Published> ticketEvents) {
        Comparator<Mark> order = Comparator.comparing(Mark::at).thenComparing(Mark::id);
        for (AgentPublished p : agentEvents) {
            switch (p.event()) {
                case AgentPresenceChanged e -> presence.computeIfAbsent(p.agentId(), k -> new ArrayList<>())
                        .add(new Mark(e.changedAt(), p.id(), e.status().name()));
                case AgentUpdated e -> teams.computeIfAbsent(p.agentId(), k -> new ArrayList<>())
                        .add(new Mark(e.updatedAt(), p.id(), e.team()));
                default -> { }
            }
        }
        presence.values().forEach(marks -> marks.sort(order));
        teams.values().forEach(marks -> marks.sort(order));
        Map<String, List<Published>> byTicket = new HashMap<>();
        ticketEvents.forEach(p -> byTicket.computeIfAbsent(p.ticketId(), k -> new ArrayList<>()).add(p));
        byTicket.values().forEach(this::handledStretches);
    }

    /** A ticket is handled by its assignee (until an unassignment or another assignment) while it is not solved. */
    private void handledStretches(List<Published> history) {
        List<Mark> assignments = new ArrayList<>();
        List<Instant> solves = new ArrayList<>();
        List<Instant> unsolves = new ArrayList<>();
        for (Published p : history) {
            switch (p.event()) {
                case TicketAssigned e -> assignments.add(new Mark(e.assignedAt(), "", e.agentId()));
                case TicketUnassigned e -> assignments.add(new Mark(e.unassignedAt(), "", null));
                case TicketStatusChanged e when !SOLVED.contains(e.from()) && SOLVED.contains(e.to()) ->
                        solves.add(e.occurredAt());
                case TicketStatusChanged e when SOLVED.contains(e.from()) && !SOLVED.contains(e.to()) ->
                        unsolves.add(e.occurredAt());
                case TicketReopened e -> unsolves.add(e.occurredAt());
                default -> { }
            }
        }
        assignments.sort(Comparator.comparing(Mark::at)
                .thenComparing(Mark::value, Comparator.nullsFirst(Comparator.naturalOrder())));
        TreeSet<Instant> moments = new TreeSet<>();
        assignments.forEach(a -> moments.add(a.at()));
        moments.addAll(solves);
        moments.addAll(unsolves);
        String handler = null;
        Instant since = null;
        for (Instant t : moments) {
            String assignee = null;
            for (Mark a : assignments) {
                if (!a.at().isAfter(t)) {
                    assignee = a.value();
                }
            }
            Instant solve = solves.stream().filter(s -> !s.isAfter(t)).max(Comparator.naturalOrder()).orElse(null);
            boolean solved = solve != null && unsolves.stream().noneMatch(u -> !u.isBefore(solve) && !u.isAfter(t));
            String now = solved ? null : assignee;
            if (!Objects.equals(now, handler)) {
                if (handler != null) {
                    handled.computeIfAbsent(handler, k -> new ArrayList<>())
                            .add(new Stretch(since.toEpochMilli(), t.toEpochMilli()));
                }
                handler = now;
                since = t;
            }
        }
        if (handler != null) {
            handled.computeIfAbsent(handler, k -> new ArrayList<>())
                    .add(new Stretch(since.toEpochMilli(), Long.MAX_VALUE));
        }
    }

    Set<String> agents() {
        Set<String> all = new TreeSet<>(presence.keySet());
        all.addAll(handled.keySet());
        return all;
    }

    /** The times in [from, to) of the agents the filter keeps, counting only the moments their team is {@code team}. */
    Times count(Predicate<String> agentFilter, String team, Instant from, Instant to) {
        long signedIn = 0;
        long occupied = 0;
        for (String agent : agents()) {
            if (!agentFilter.test(agent)) {
                continue;
            }
            TreeSet<Long> cuts = new TreeSet<>();
            cuts.add(from.toEpochMilli());
            cuts.add(to.toEpochMilli());
            presence.getOrDefault(agent, List.of()).forEach(m -> cuts.add(m.at().toEpochMilli()));
            teams.getOrDefault(agent, List.of()).forEach(m -> cuts.add(m.at().toEpochMilli()));
            handled.getOrDefault(agent, List.of()).forEach(s -> {
                cuts.add(s.from());
                cuts.add(s.to());
            });
            List<Long> inside = cuts.subSet(from.toEpochMilli(), true, to.toEpochMilli(), true).stream().toList();
            for (int i = 0; i + 1 < inside.size(); i++) {
                long a = inside.get(i);
                long b = inside.get(i + 1);
                if (team != null && !team.equals(valueAt(teams.getOrDefault(agent, List.of()), a, true))) {
                    continue;
                }
                String status = valueAt(presence.getOrDefault(agent, List.of()), a, false);
                if (status == null || status.equals(AgentStatus.OFFLINE.name())) {
                    continue;
                }
                signedIn += b - a;
                long at = a;
                if (handled.getOrDefault(agent, List.of()).stream().anyMatch(s -> s.from() <= at && at < s.to())) {
                    occupied += b - a;
                }
            }
        }
        return new Times(signedIn, occupied);
    }

    /** The value of the latest mark at or before {@code at}; before the first, the first's when asked to. */
    private static String valueAt(List<Mark> sorted, long at, boolean firstBefore) {
        String value = firstBefore && !sorted.isEmpty() ? sorted.getFirst().value() : null;
        for (Mark mark : sorted) {
            if (mark.at().toEpochMilli() <= at) {
                value = mark.value();
            }
        }
        return value;
    }
}
