package dev.switchboard.local.faults;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.switchboard.local.tap.ObservedEvent;

/**
 * The fault suite's judge, in plain Java over what was read back from the topics: it replays the events in the
 * order the producers wrote them (record timestamps; per ticket, the topic's order) and counts every way the system
 * could have broken a promise. Events are deduplicated on {@code ce_id} first, as every consumer does: a redelivered
 * record is not a second fact.
 */
public final class TopicAudit {

    static final String CREATED = "switchboard.ticket.created.v1";
    static final String STATUS_CHANGED = "switchboard.ticket.status-changed.v1";
    static final String ASSIGNED = "switchboard.routing.assigned.v1";
    static final String UNASSIGNED = "switchboard.routing.unassigned.v1";
    static final String SLA_STARTED = "switchboard.sla.started.v1";
    static final String SLA_RESUMED = "switchboard.sla.resumed.v1";
    static final String SLA_PAUSED = "switchboard.sla.paused.v1";
    static final String SLA_ACHIEVED = "switchboard.sla.achieved.v1";
    static final String SLA_BREACHED = "switchboard.sla.breached.v1";

    /** A deadline this far in the past without a fire counts as missed: the timer may be a little late. */
    static final Duration FIRE_GRACE = Duration.ofSeconds(30);

    private final List<ObservedEvent> events;
    private final Map<String, String> channelOf = new HashMap<>();
    private final List<String> problems = new ArrayList<>();
    private long overCapacity;

    public TopicAudit(List<ObservedEvent> observed) {
        Set<String> seen = new HashSet<>();
        List<ObservedEvent> unique = new ArrayList<>();
        for (ObservedEvent event : observed) {
            // every fact the audit weighs names its ticket; a poison record that does not is no fact
            boolean fact = event.readable() && event.type() != null && event.data().containsKey("ticketId");
            if (fact && (event.id() == null || seen.add(event.id()))) {
                unique.add(event);
            }
        }
        unique.sort(Comparator.comparingLong(ObservedEvent::timestampMs));
        this.events = unique;
        for (ObservedEvent event : events) {
            if (CREATED.equals(event.type())) {
                event.field("channel").ifPresent(channel -> channelOf.put(event.ticketId(), channel));
            }
        }
    }

    /**
     * @param accepted       ids of the tickets whose create was answered 201
     * @param inView         ids the ticket view answers 200 for
     * @param capacities     agent id → channel → capacity
     * @param analyticsCount analytics' {@code created} over the run
     * @param now            when the audit runs, for deadlines that should have fired
     */
    public AuditReport audit(Set<String> accepted, Set<String> inView, Map<String, Map<String, Integer>> capacities,
                             long analyticsCount, Instant now) {
        long lost = lost(accepted, inView);
        long duplicates = duplicateAssignmentsAndCapacity(capacities);
        long overCapacity = this.overCapacity;
        long[] sla = deadlines(now);
        long truth = events.stream().filter(e -> CREATED.equals(e.type())).map(ObservedEvent::ticketId).distinct()
                .count();
        if (analyticsCount != truth) {
            problems.add("analytics counts " + analyticsCount + " tickets created, the topic " + truth);
        }
        return new AuditReport(accepted.size(), lost, duplicates, overCapacity, sla[0], sla[1], analyticsCount, truth,
                problems);
    }

    private long lost(Set<String> accepted, Set<String> inView) {
        Set<String> published = new HashSet<>();
        events.stream().filter(e -> CREATED.equals(e.type())).forEach(e -> published.add(e.ticketId()));
        long lost = 0;
        for (String id : accepted) {
            if (!published.contains(id) || !inView.contains(id)) {
                lost++;
                problems.add("ticket " + id + " was accepted but is missing from "
                        + (!published.contains(id) ? "tickets.events" : "the ticket view"));
            }
        }
        return lost;
    }

    private long duplicateAssignmentsAndCapacity(Map<String, Map<String, Integer>> capacities) {
        Map<String, String> holder = new HashMap<>();
        Map<String, Map<String, Integer>> load = new HashMap<>();
        long duplicates = 0;
        for (ObservedEvent event : events) {
            String ticket = event.ticketId();
            switch (event.type()) {
                case ASSIGNED -> {
                    String agent = event.field("agentId").orElse(null);
                    String previous = holder.get(ticket);
                    if (agent == null || agent.equals(previous)) {
                        continue;
                    }
                    if (previous != null) {
                        duplicates++;
                        problems.add("ticket " + ticket + " assigned to " + agent + " while " + previous
                                + " still held it");
                        release(load, previous, ticket);
                    }
                    holder.put(ticket, agent);
                    String channel = channelOf.getOrDefault(ticket, "?");
                    int held = load.computeIfAbsent(agent, a -> new HashMap<>()).merge(channel, 1, Integer::sum);
                    Integer capacity = capacities.getOrDefault(agent, Map.of()).get(channel);
                    if (capacity != null && held > capacity) {
                        overCapacity++;
                        problems.add("agent " + agent + " held " + held + " " + channel + " tickets, capacity "
                                + capacity);
                    }
                }
                case UNASSIGNED -> {
                    String previous = holder.remove(ticket);
                    if (previous != null) {
                        release(load, previous, ticket);
                    }
                }
                case STATUS_CHANGED -> {
                    String status = event.field("to").orElse("");
                    if (status.equals("SOLVED") || status.equals("CLOSED")) {
                        String previous = holder.remove(ticket);
                        if (previous != null) {
                            release(load, previous, ticket);
                        }
                    }
                }
                default -> { }
            }
        }
        return duplicates;
    }

    private void release(Map<String, Map<String, Integer>> load, String agent, String ticket) {
        load.getOrDefault(agent, new HashMap<>()).merge(channelOf.getOrDefault(ticket, "?"), -1, Integer::sum);
    }

    /** @return {missed deadlines, duplicate fires} */
    private long[] deadlines(Instant now) {
        Map<String, Optional<Instant>> runningDue = new LinkedHashMap<>();
        Map<String, Set<String>> firesPerDeadline = new HashMap<>();
        for (ObservedEvent event : events) {
            String clock = event.ticketId() + " " + event.field("metric").orElse("?");
            switch (event.type()) {
                case SLA_STARTED, SLA_RESUMED -> runningDue.put(clock, event.field("dueAt").flatMap(TopicAudit::instant));
                case SLA_PAUSED, SLA_ACHIEVED -> runningDue.remove(clock);
                case SLA_BREACHED -> {
                    runningDue.remove(clock);
                    firesPerDeadline.computeIfAbsent(clock + " " + event.field("dueAt").orElse("?"),
                            k -> new HashSet<>()).add(String.valueOf(event.id()));
                }
                default -> { }
            }
        }
        long missed = 0;
        for (Map.Entry<String, Optional<Instant>> entry : runningDue.entrySet()) {
            if (entry.getValue().isPresent() && entry.getValue().get().isBefore(now.minus(FIRE_GRACE))) {
                missed++;
                problems.add("SLA clock " + entry.getKey() + " was due at " + entry.getValue().get()
                        + " and never fired");
            }
        }
        long duplicateFires = 0;
        for (Map.Entry<String, Set<String>> entry : firesPerDeadline.entrySet()) {
            if (entry.getValue().size() > 1) {
                duplicateFires += entry.getValue().size() - 1;
                problems.add("SLA deadline " + entry.getKey() + " fired " + entry.getValue().size() + " times");
            }
        }
        return new long[] {missed, duplicateFires};
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
