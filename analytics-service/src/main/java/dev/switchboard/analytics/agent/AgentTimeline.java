package dev.switchboard.analytics.agent;

import dev.switchboard.analytics.fact.HandlingInterval;
import dev.switchboard.analytics.fact.PendingDelta;
import dev.switchboard.events.agent.AgentStatus;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * What occupancy needs to know about one agent, in whatever order the topics delivered it: every presence change and
 * team change (by the event's own time, with its {@code ce_id}), and the intervals in which it handled each ticket (as
 * of the ticket fact's highest version told). Its contributions to the buckets are derived from it alone
 * ({@link OccupancyContributions}), and written through the same outbox as a ticket fact's: {@code pendingDeltas}.
 *
 * @param version optimistic-concurrency version of the stored document; 0 when never stored
 */
public record AgentTimeline(String agentId, long version, List<Mark<AgentStatus>> presence, List<Mark<String>> teams,
                            Map<String, TicketHandling> handling, List<PendingDelta> pendingDeltas) {

    /** A value that holds from {@code at} on, set by event {@code eventId}. */
    public record Mark<T>(Instant at, T value, String eventId) {
    }

    /** One ticket's handling intervals as of version {@code factVersion} of its fact. */
    public record TicketHandling(long factVersion, List<HandlingInterval> intervals) {

        public TicketHandling {
            intervals = List.copyOf(intervals);
        }
    }

    /** Of two marks of the same instant the larger event id wins, so the order of arrival never matters. */
    private static final Comparator<Mark<?>> ORDER = Comparator.<Mark<?>, Instant>comparing(Mark::at)
            .thenComparing(Mark::eventId);

    public AgentTimeline {
        Objects.requireNonNull(agentId, "agentId");
        presence = presence.stream().sorted(ORDER).toList();
        teams = teams.stream().sorted(ORDER).toList();
        handling = Map.copyOf(handling);
        pendingDeltas = List.copyOf(pendingDeltas);
    }

    public static AgentTimeline empty(String agentId) {
        return new AgentTimeline(agentId, 0, List.of(), List.of(), Map.of(), List.of());
    }

    /** The token of this agent's deltas and the owner named when they are retired: {@code agent:<id>}. */
    public String owner() {
        return ownerOf(agentId);
    }

    public static String ownerOf(String agentId) {
        return "agent:" + agentId;
    }

    /** Signed in (AVAILABLE or AWAY) just after {@code instant}: the latest presence change at or before it. */
    public boolean signedInAfter(Instant instant) {
        return latestAtOrBefore(presence, instant).map(status -> status != AgentStatus.OFFLINE).orElse(false);
    }

    /** Handling at least one ticket just after {@code instant}. */
    public boolean handlingAfter(Instant instant) {
        return handling.values().stream().flatMap(h -> h.intervals().stream()).anyMatch(i -> i.covers(instant));
    }

    /** The team of the latest {@code agent.updated} at or before {@code instant}, else the earliest one known. */
    public String teamAt(Instant instant) {
        return latestAtOrBefore(teams, instant).or(() -> teams.stream().findFirst().map(Mark::value)).orElse(null);
    }

    private static <T> Optional<T> latestAtOrBefore(List<Mark<T>> sorted, Instant instant) {
        T value = null;
        boolean found = false;
        for (Mark<T> mark : sorted) {
            if (mark.at().isAfter(instant)) {
                break;
            }
            value = mark.value();
            found = true;
        }
        return found ? Optional.ofNullable(value) : Optional.empty();
    }

    public AgentTimeline withVersion(long newVersion) {
        return new AgentTimeline(agentId, newVersion, presence, teams, handling, pendingDeltas);
    }

    public AgentTimeline withPendingDelta(PendingDelta delta) {
        return new AgentTimeline(agentId, version, presence, teams, handling,
                Stream.concat(pendingDeltas.stream(), Stream.of(delta)).toList());
    }

    /** Without the pending deltas of these versions, one version on (as the stored clear does). */
    public AgentTimeline withoutPendingDeltas(List<Long> versions) {
        return new AgentTimeline(agentId, version + 1, presence, teams, handling,
                pendingDeltas.stream().filter(d -> !versions.contains(d.version())).toList());
    }

    AgentTimeline withPresence(Mark<AgentStatus> mark) {
        return new AgentTimeline(agentId, version, append(presence, mark), teams, handling, pendingDeltas);
    }

    AgentTimeline withTeam(Mark<String> mark) {
        return new AgentTimeline(agentId, version, presence, append(teams, mark), handling, pendingDeltas);
    }

    AgentTimeline withHandling(String ticketId, TicketHandling ticketHandling) {
        Map<String, TicketHandling> next = new TreeMap<>(handling);
        next.put(ticketId, ticketHandling);
        return new AgentTimeline(agentId, version, presence, teams, next, pendingDeltas);
    }

    private static <T> List<Mark<T>> append(List<Mark<T>> marks, Mark<T> mark) {
        return Stream.concat(marks.stream(), Stream.of(mark)).toList();
    }
}
