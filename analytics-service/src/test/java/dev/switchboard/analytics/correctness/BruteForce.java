package dev.switchboard.analytics.correctness;

import dev.switchboard.analytics.correctness.SyntheticDay.Published;
import dev.switchboard.events.routing.TicketAssigned;
import dev.switchboard.events.routing.TicketQueued;
import dev.switchboard.events.sla.SlaAchieved;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.sla.SlaCancelled;
import dev.switchboard.events.sla.SlaPaused;
import dev.switchboard.events.sla.SlaResumed;
import dev.switchboard.events.sla.SlaWarning;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketRated;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The KPIs counted by hand from the raw events, the way a careful analyst with a spreadsheet would: group the events
 * by ticket, look at each ticket's history, count and sort. Shares no code with the service's folding or bucketing.
 */
final class BruteForce {

    private static final Set<TicketStatus> SOLVED = EnumSet.of(TicketStatus.SOLVED, TicketStatus.CLOSED);

    /** One ticket's history as the analyst reads it. */
    record Ticket(String id, String team, String agent, String channel, String priority, String tier,
                  Instant createdAt, List<Instant> solves, List<Instant> unsolves, Instant firstReplyAt,
                  int publicReplies, Instant firstAssignedAt, Long queueWaitMs, Instant lastAssignedAt,
                  List<Instant> reopens, List<Instant> escalations, List<Map.Entry<Instant, Boolean>> slaEnds,
                  Instant ratedAt, Integer csat, Integer nps, List<TeamMove> teamMoves,
                  List<SlaEnd> slaOutcomes, List<SlaMoment> slaMoments) {

        /** The team at {@code t}: the latest move at or before it, else the team of creation (or routing's). */
        String teamAt(Instant t) {
            return teamMoves.stream().filter(m -> !m.at().isAfter(t)).max(Comparator.comparing(TeamMove::at))
                    .map(m -> m.to() == null ? team : m.to()).orElse(team);
        }

        /** The team the ticket belonged to just before {@code t}. */
        String teamJustBefore(Instant t) {
            return teamAt(t.minusNanos(1));
        }

        /**
         * A metric is at risk just before t when it was warned before t, no outcome or cancellation of it came between that warning
         * and t, its latest pause or resume since the warning is not a pause, and the ticket was not solved.
         */
        boolean atRiskJustBefore(SlaMetric metric, Instant t) {
            Instant warned = slaMoments.stream().filter(m -> m.metric() == metric && m.kind().equals("warned")
                    && m.at().isBefore(t)).map(SlaMoment::at).max(Comparator.naturalOrder()).orElse(null);
            if (warned == null || solvedJustBefore(t)) {
                return false;
            }
            boolean ended = slaOutcomes.stream().anyMatch(o -> o.metric() == metric && !o.at().isBefore(warned)
                    && o.at().isBefore(t))
                    || slaMoments.stream().anyMatch(m -> m.metric() == metric && m.kind().equals("cancelled")
                    && !m.at().isBefore(warned) && m.at().isBefore(t));
            boolean paused = slaMoments.stream().filter(m -> m.metric() == metric
                            && (m.kind().equals("paused") || m.kind().equals("resumed"))
                            && !m.at().isBefore(warned) && m.at().isBefore(t))
                    .max(Comparator.comparing(SlaMoment::at)).map(m -> m.kind().equals("paused")).orElse(false);
            return !ended && !paused;
        }

        boolean solvedJustBefore(Instant t) {
            Instant lastSolve = solves.stream().filter(s -> s.isBefore(t)).max(Comparator.naturalOrder()).orElse(null);
            Instant lastUnsolve = unsolves.stream().filter(u -> u.isBefore(t)).max(Comparator.naturalOrder())
                    .orElse(null);
            return lastSolve != null && (lastUnsolve == null || lastSolve.isAfter(lastUnsolve));
        }

        Instant solvedNow() {
            Instant lastSolve = solves.stream().max(Comparator.naturalOrder()).orElse(null);
            Instant lastUnsolve = unsolves.stream().max(Comparator.naturalOrder()).orElse(null);
            return lastSolve != null && (lastUnsolve == null || lastSolve.isAfter(lastUnsolve)) ? lastSolve : null;
        }

        boolean openJustBefore(Instant t) {
            if (createdAt == null || !createdAt.isBefore(t)) {
                return false;
            }
            Instant lastSolve = solves.stream().filter(s -> s.isBefore(t)).max(Comparator.naturalOrder()).orElse(null);
            Instant lastUnsolve = unsolves.stream().filter(u -> u.isBefore(t)).max(Comparator.naturalOrder())
                    .orElse(null);
            return lastSolve == null || (lastUnsolve != null && !lastSolve.isAfter(lastUnsolve));
        }
    }

    record TeamMove(Instant at, String to) {
    }

    record SlaEnd(SlaMetric metric, Instant at, boolean achieved) {
    }

    /** kind: warned, paused, resumed or cancelled. */
    record SlaMoment(SlaMetric metric, String kind, Instant at) {
    }

    static List<Ticket> tickets(List<Published> events) {
        Map<String, List<Record>> byTicket = events.stream().collect(Collectors.groupingBy(Published::ticketId,
                LinkedHashMap::new, Collectors.mapping(Published::event, Collectors.toList())));
        List<Ticket> tickets = new ArrayList<>();
        byTicket.forEach((id, history) -> tickets.add(ticket(id, history)));
        return tickets;
    }

    private static Ticket ticket(String id, List<Record> history) {
        TicketCreated created = only(history, TicketCreated.class).stream().findFirst().orElse(null);
        List<TicketAssigned> assignments = only(history, TicketAssigned.class).stream()
                .sorted(Comparator.comparing(TicketAssigned::assignedAt)).toList();
        String team = created != null && created.team() != null ? created.team()
                : only(history, TicketQueued.class).stream().map(TicketQueued::team).findFirst().orElse(null);
        String priority = only(history, TicketPriorityChanged.class).stream()
                .max(Comparator.comparing(TicketPriorityChanged::occurredAt)).map(c -> c.to().name())
                .orElse(created == null ? null : created.priority().name());
        List<TicketReplied> publicReplies = only(history, TicketReplied.class).stream()
                .filter(TicketReplied::publicReply).sorted(Comparator.comparing(TicketReplied::occurredAt)).toList();
        List<Instant> solves = new ArrayList<>();
        List<Instant> unsolves = new ArrayList<>();
        for (TicketStatusChanged change : only(history, TicketStatusChanged.class)) {
            if (!SOLVED.contains(change.from()) && SOLVED.contains(change.to())) {
                solves.add(change.occurredAt());
            } else if (SOLVED.contains(change.from()) && !SOLVED.contains(change.to())) {
                unsolves.add(change.occurredAt());
            }
        }
        List<Instant> reopens = only(history, TicketReopened.class).stream().map(TicketReopened::occurredAt).toList();
        unsolves.addAll(reopens);
        List<Map.Entry<Instant, Boolean>> slaEnds = new ArrayList<>();
        Map<String, Map.Entry<Instant, Boolean>> byClock = new HashMap<>();
        Map<String, SlaEnd> endByClock = new HashMap<>();
        only(history, SlaAchieved.class).forEach(a -> {
            byClock.putIfAbsent(a.metric() + "@" + a.dueAt(), Map.entry(a.achievedAt(), true));
            endByClock.putIfAbsent(a.metric() + "@" + a.dueAt(), new SlaEnd(a.metric(), a.achievedAt(), true));
        });
        only(history, SlaBreached.class).forEach(b -> {
            byClock.put(b.metric() + "@" + b.dueAt(), Map.entry(b.breachedAt(), false));
            endByClock.put(b.metric() + "@" + b.dueAt(), new SlaEnd(b.metric(), b.breachedAt(), false));
        });
        slaEnds.addAll(byClock.values());
        List<SlaMoment> slaMoments = new ArrayList<>();
        only(history, SlaWarning.class).forEach(w -> slaMoments.add(new SlaMoment(w.metric(), "warned",
                w.warnedAt())));
        only(history, SlaPaused.class).forEach(p -> slaMoments.add(new SlaMoment(p.metric(), "paused",
                p.pausedAt())));
        only(history, SlaResumed.class).forEach(r -> slaMoments.add(new SlaMoment(r.metric(), "resumed",
                r.resumedAt())));
        only(history, SlaCancelled.class).forEach(c -> slaMoments.add(new SlaMoment(c.metric(), "cancelled",
                c.cancelledAt())));
        List<TeamMove> teamMoves = only(history, TicketTeamChanged.class).stream()
                .map(c -> new TeamMove(c.occurredAt(), c.to())).toList();
        TicketRated rating = only(history, TicketRated.class).stream()
                .max(Comparator.comparing(TicketRated::occurredAt)).orElse(null);
        return new Ticket(id, team, assignments.isEmpty() ? null : assignments.getLast().agentId(),
                created == null ? null : created.channel().name(), priority,
                created == null ? null : created.customer().tier().name(),
                created == null ? null : created.createdAt(), solves, unsolves,
                publicReplies.isEmpty() ? null : publicReplies.getFirst().occurredAt(), publicReplies.size(),
                assignments.isEmpty() ? null : assignments.getFirst().assignedAt(),
                assignments.isEmpty() ? null : assignments.getFirst().waitedMs(),
                assignments.isEmpty() ? null : assignments.getLast().assignedAt(), reopens,
                only(history, SlaEscalated.class).stream().map(SlaEscalated::escalatedAt).toList(), slaEnds,
                rating == null ? null : rating.occurredAt(), rating == null ? null : rating.csat(),
                rating == null ? null : rating.nps(), teamMoves, List.copyOf(endByClock.values()), slaMoments);
    }

    /** The figures of one window for the tickets the filter keeps. */
    record Figures(long created, long solved, long backlog, long handled, long reopens, long escalations,
                   long breaches, Double slaAchievement, Double oneTouch, Double csat, Double nps, long ratings,
                   List<Long> firstReplySeconds, List<Long> resolutionSeconds, List<Long> firstResolutionSeconds,
                   List<Long> queueWaitMs, Map<SlaMetric, Long> atRisk, Map<SlaMetric, Long> achievedByMetric,
                   Map<SlaMetric, Long> breachedByMetric) {
    }

    static Figures count(List<Ticket> all, Predicate<Ticket> filter, Instant from, Instant to) {
        return count(all, filter, null, from, to);
    }

    /**
     * The figures of one window for the tickets the filter keeps and, when {@code team} is not null, only for what
     * happened while they belonged to that team (the backlog: the team they belonged to at the window's end).
     */
    static Figures count(List<Ticket> all, Predicate<Ticket> filter, String team, Instant from, Instant to) {
        List<Ticket> tickets = all.stream().filter(filter).toList();
        BiPredicate<Ticket, Instant> in = (t, at) -> at != null && !at.isBefore(from) && at.isBefore(to)
                && (team == null || team.equals(t.teamAt(at)));
        Predicate<Ticket> inTeamAtEnd = t -> team == null || team.equals(t.teamJustBefore(to));
        List<Ticket> solved = tickets.stream().filter(t -> in.test(t, t.solvedNow())).toList();
        List<Ticket> rated = tickets.stream().filter(t -> in.test(t, t.ratedAt())).toList();
        List<Ticket> npsGiven = rated.stream().filter(t -> t.nps() != null).toList();
        long achieved = tickets.stream().mapToLong(t -> t.slaEnds().stream()
                .filter(e -> in.test(t, e.getKey()) && e.getValue()).count()).sum();
        long breached = tickets.stream().mapToLong(t -> t.slaEnds().stream()
                .filter(e -> in.test(t, e.getKey()) && !e.getValue()).count()).sum();
        Map<SlaMetric, Long> atRisk = new EnumMap<>(SlaMetric.class);
        Map<SlaMetric, Long> achievedByMetric = new EnumMap<>(SlaMetric.class);
        Map<SlaMetric, Long> breachedByMetric = new EnumMap<>(SlaMetric.class);
        for (SlaMetric metric : SlaMetric.values()) {
            atRisk.put(metric, tickets.stream().filter(inTeamAtEnd).filter(t -> t.atRiskJustBefore(metric, to))
                    .count());
            achievedByMetric.put(metric, tickets.stream().mapToLong(t -> t.slaOutcomes().stream()
                    .filter(o -> o.metric() == metric && o.achieved() && in.test(t, o.at())).count()).sum());
            breachedByMetric.put(metric, tickets.stream().mapToLong(t -> t.slaOutcomes().stream()
                    .filter(o -> o.metric() == metric && !o.achieved() && in.test(t, o.at())).count()).sum());
        }
        return new Figures(
                tickets.stream().filter(t -> in.test(t, t.createdAt())).count(),
                solved.size(),
                tickets.stream().filter(t -> t.openJustBefore(to)).filter(inTeamAtEnd).count(),
                tickets.stream().filter(t -> in.test(t, t.lastAssignedAt())).count(),
                tickets.stream().mapToLong(t -> t.reopens().stream().filter(at -> in.test(t, at)).count()).sum(),
                tickets.stream().mapToLong(t -> t.escalations().stream().filter(at -> in.test(t, at)).count()).sum(),
                breached,
                achieved + breached == 0 ? null : (double) achieved / (achieved + breached),
                solved.isEmpty() ? null : (double) solved.stream().filter(t -> t.publicReplies() == 1).count()
                        / solved.size(),
                rated.isEmpty() ? null : (double) rated.stream().filter(t -> t.csat() >= 4).count() / rated.size(),
                npsGiven.isEmpty() ? null : 100.0 * (npsGiven.stream().filter(t -> t.nps() >= 9).count()
                        - npsGiven.stream().filter(t -> t.nps() <= 6).count()) / npsGiven.size(),
                rated.size(),
                tickets.stream().filter(t -> in.test(t, t.firstReplyAt()) && t.createdAt() != null)
                        .map(t -> seconds(t.createdAt(), t.firstReplyAt())).toList(),
                solved.stream().filter(t -> t.createdAt() != null)
                        .map(t -> seconds(t.createdAt(), t.solvedNow())).toList(),
                tickets.stream().filter(t -> t.createdAt() != null && !t.solves().isEmpty())
                        .filter(t -> in.test(t, t.solves().stream().min(Comparator.naturalOrder()).orElseThrow()))
                        .map(t -> seconds(t.createdAt(), t.solves().stream().min(Comparator.naturalOrder())
                                .orElseThrow())).toList(),
                tickets.stream().filter(t -> in.test(t, t.firstAssignedAt()) && t.queueWaitMs() != null)
                        .map(Ticket::queueWaitMs).toList(),
                atRisk, achievedByMetric, breachedByMetric);
    }

    /** Nearest rank: the sample at rank ⌈p/100 · n⌉ of the sorted samples. */
    static Long percentile(List<Long> samples, int p) {
        if (samples.isEmpty()) {
            return null;
        }
        List<Long> sorted = samples.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static long seconds(Instant from, Instant to) {
        Duration between = Duration.between(from, to);
        return between.isNegative() ? 0 : between.toSeconds();
    }

    private static <T> List<T> only(List<Record> history, Class<T> type) {
        return history.stream().filter(type::isInstance).map(type::cast).filter(Objects::nonNull).toList();
    }
}
