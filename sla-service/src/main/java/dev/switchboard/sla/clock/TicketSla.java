package dev.switchboard.sla.clock;

import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.sla.policy.EscalationAction;
import dev.switchboard.sla.policy.SlaPolicy;
import dev.switchboard.sla.policy.TicketProfile;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The SLA clocks of one ticket. Every change first raises what fell due up to the change's own time, so the outcome
 * does not depend on whether the timer or the ticket event came first. Each method returns the events it raised.
 */
public final class TicketSla {

    private static final Set<TicketStatus> FINISHED = Set.of(TicketStatus.SOLVED, TicketStatus.CLOSED);

    private final String ticketId;
    private long version;
    private TicketProfile profile;
    private SlaPolicy policy;
    private TicketStatus status;
    private boolean agentReplied;
    private boolean customerWaiting;
    private final List<SlaClock> clocks = new ArrayList<>();
    private final List<Escalation> escalations = new ArrayList<>();
    private final Set<String> appliedEventIds = new LinkedHashSet<>();
    private Integer partition;

    public TicketSla(String ticketId) {
        this.ticketId = ticketId;
    }

    public static TicketSla restore(TicketSlaSnapshot s) {
        TicketSla sla = new TicketSla(s.ticketId());
        sla.version = s.version();
        sla.profile = s.profile();
        sla.policy = s.policy();
        sla.status = s.status();
        sla.agentReplied = s.agentReplied();
        sla.customerWaiting = s.customerWaiting();
        s.clocks().forEach(c -> sla.clocks.add(SlaClock.restore(s.ticketId(), c)));
        sla.escalations.addAll(s.escalations());
        sla.appliedEventIds.addAll(s.appliedEventIds());
        sla.partition = s.partition();
        return sla;
    }

    public TicketSlaSnapshot snapshot() {
        return new TicketSlaSnapshot(ticketId, version, profile, policy, status, agentReplied, customerWaiting,
                clocks.stream().map(SlaClock::snapshot).toList(), List.copyOf(escalations),
                List.copyOf(appliedEventIds), partition);
    }

    public String ticketId() {
        return ticketId;
    }

    public long version() {
        return version;
    }

    /** Set by the store after a successful conditional write. */
    public void version(long newVersion) {
        this.version = newVersion;
    }

    /** The {@code tickets.events} partition the ticket's events arrive on, if known. */
    public Optional<Integer> partition() {
        return Optional.ofNullable(partition);
    }

    public void partition(int ticketEventsPartition) {
        this.partition = ticketEventsPartition;
    }

    public boolean started() {
        return policy != null;
    }

    public Optional<TicketProfile> profile() {
        return Optional.ofNullable(profile);
    }

    public Optional<Priority> priority() {
        return profile().map(TicketProfile::priority);
    }

    public boolean applied(String eventId) {
        return appliedEventIds.contains(eventId);
    }

    public void markApplied(String eventId) {
        appliedEventIds.add(eventId);
    }

    public List<ClockView> clocks() {
        return clocks.stream().map(c -> new ClockView(c.metric(), c.cycle(), c.state(), c.dueAt(), c.open()))
                .toList();
    }

    public List<Escalation> escalations() {
        return List.copyOf(escalations);
    }

    public boolean hasOpenClocks() {
        return clocks.stream().anyMatch(SlaClock::open);
    }

    /**
     * The ticket was created: FIRST_REPLY, RESOLUTION, REQUESTER_WAIT and AGENT_WORK_TIME start under {@code chosen}
     * (those it targets).
     */
    public List<SlaEvent> created(TicketProfile ticket, SlaPolicy chosen, Instant at) {
        List<SlaEvent> raised = new ArrayList<>();
        if (started()) {
            return raised;
        }
        profile = ticket;
        policy = chosen;
        status = TicketStatus.NEW;
        for (SlaMetric metric : SlaMetric.values()) {
            if (startsNow(metric)) {
                startClock(metric, at, raised);
            }
        }
        return raised;
    }

    /**
     * Only a public reply stops FIRST_REPLY and NEXT_REPLY; an internal note changes nothing. A public reply also
     * ends the current PERIODIC_UPDATE cycle and starts the next: updates are owed from the first public reply on,
     * so a short update target never stands in for the first reply.
     */
    public List<SlaEvent> replied(boolean publicReply, Instant at) {
        List<SlaEvent> raised = advance(at);
        if (!started() || !publicReply) {
            return raised;
        }
        agentReplied = true;
        customerWaiting = false;
        stopOpen(SlaMetric.FIRST_REPLY, at, raised);
        stopOpen(SlaMetric.NEXT_REPLY, at, raised);
        stopOpen(SlaMetric.PERIODIC_UPDATE, at, raised);
        if (!FINISHED.contains(status)) {
            startClock(SlaMetric.PERIODIC_UPDATE, at, raised);
        }
        return raised;
    }

    /** A customer message after an agent's reply starts a NEXT_REPLY cycle. */
    public List<SlaEvent> customerMessage(Instant at) {
        List<SlaEvent> raised = advance(at);
        if (!started()) {
            return raised;
        }
        customerWaiting = true;
        if (!FINISHED.contains(status)) {
            startNextReplyIfWaiting(at, raised);
        }
        return raised;
    }

    public List<SlaEvent> statusChanged(TicketStatus to, Instant at) {
        List<SlaEvent> raised = advance(at);
        if (!started() || to == null || to == status) {
            return raised;
        }
        TicketStatus from = status;
        status = to;
        if (FINISHED.contains(to)) {
            for (SlaClock clock : clocks) {
                stop(clock, at, raised);
            }
            return raised;
        }
        if (FINISHED.contains(from)) {
            // back from SOLVED without (or before) a reopened event: the same as a reopen, and idempotent with it
            reopen(at, raised);
        }
        clocks.forEach(clock -> followStatus(clock, at, raised));
        return raised;
    }

    /** The priority changed: see {@link #rematched}. */
    public List<SlaEvent> priorityChanged(Priority to, SlaPolicy newPolicy, Instant at) {
        if (!started() || to == null) {
            return advance(at);
        }
        return rematched(profile.withPriority(to), newPolicy, at);
    }

    /** The ticket moved to team {@code to} (null: no team): see {@link #rematched}. */
    public List<SlaEvent> teamChanged(String to, SlaPolicy newPolicy, Instant at) {
        if (!started()) {
            return advance(at);
        }
        return rematched(profile.withTeam(to), newPolicy, at);
    }

    /**
     * The ticket now looks like {@code changed} and {@code newPolicy} is the policy that matches it (null when none
     * does: the clocks then keep the policy they have). Every open clock whose metric the new policy targets is
     * re-targeted keeping the time it counted and the time it stood paused; one whose metric it does not target is
     * cancelled; a metric it targets that the old policy did not starts now if its start condition holds. A target
     * already used up breaches at once.
     */
    private List<SlaEvent> rematched(TicketProfile changed, SlaPolicy newPolicy, Instant at) {
        List<SlaEvent> raised = advance(at);
        profile = changed;
        if (newPolicy == null || newPolicy.equals(policy)) {
            return raised;
        }
        SlaPolicy oldPolicy = policy;
        policy = newPolicy;
        for (SlaClock clock : List.copyOf(clocks)) {
            if (!clock.open()) {
                continue;
            }
            Optional<Duration> target = newPolicy.target(clock.metric());
            if (target.isEmpty()) {
                cancel(clock, at, raised);
                continue;
            }
            clock.retarget(target.get(), oldPolicy, newPolicy, at, raised);
            // the new policy may pause in other statuses than the old one
            followStatus(clock, at, raised);
        }
        for (SlaMetric metric : SlaMetric.values()) {
            if (newPolicy.target(metric).isPresent() && oldPolicy.target(metric).isEmpty()
                    && openClock(metric).isEmpty() && startsNow(metric)) {
                startClock(metric, at, raised);
            }
        }
        // the new target may already be used up, or warnings passed
        raised.addAll(advance(at));
        return raised;
    }

    /**
     * A new RESOLUTION cycle; a PERIODIC_UPDATE one if an agent replied before, and a NEXT_REPLY one if the customer
     * is waiting on such an agent.
     */
    public List<SlaEvent> reopened(Instant at) {
        List<SlaEvent> raised = advance(at);
        if (!started()) {
            return raised;
        }
        status = TicketStatus.OPEN;
        reopen(at, raised);
        return raised;
    }

    /** Raises the warnings, breaches and escalations due by {@code now} (the timer calls this). */
    public List<SlaEvent> advance(Instant now) {
        List<SlaEvent> raised = new ArrayList<>();
        if (!started()) {
            return raised;
        }
        for (SlaClock clock : clocks) {
            int before = raised.size();
            clock.advance(now, policy, raised);
            raised.subList(before, raised.size()).stream()
                    .filter(e -> e.data() instanceof SlaEscalated)
                    .forEach(e -> recordEscalation((SlaEscalated) e.data(), clock.cycle()));
        }
        return raised;
    }

    public Optional<Instant> nextDeadline() {
        if (!started()) {
            return Optional.empty();
        }
        return clocks.stream()
                .map(clock -> clock.nextDeadline(policy))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder());
    }

    private void reopen(Instant at, List<SlaEvent> raised) {
        for (SlaMetric metric : List.of(SlaMetric.RESOLUTION, SlaMetric.REQUESTER_WAIT, SlaMetric.AGENT_WORK_TIME)) {
            if (openClock(metric).isEmpty()) {
                startClock(metric, at, raised);
            }
        }
        if (agentReplied && openClock(SlaMetric.PERIODIC_UPDATE).isEmpty()) {
            startClock(SlaMetric.PERIODIC_UPDATE, at, raised);
        }
        startNextReplyIfWaiting(at, raised);
    }

    private void startNextReplyIfWaiting(Instant at, List<SlaEvent> raised) {
        if (agentReplied && customerWaiting && openClock(SlaMetric.NEXT_REPLY).isEmpty()) {
            startClock(SlaMetric.NEXT_REPLY, at, raised);
        }
    }

    private void startClock(SlaMetric metric, Instant at, List<SlaEvent> raised) {
        Optional<Duration> target = policy.target(metric);
        if (target.isEmpty()) {
            return;
        }
        int cycle = (int) clocks.stream().filter(c -> c.metric() == metric).count();
        SlaClock clock = SlaClock.start(ticketId, metric, cycle, policy, target.get(), at, raised);
        clocks.add(clock);
        followStatus(clock, at, raised);
    }

    /**
     * Whether the metric's start condition holds now (used at creation and when a re-match adds a target): the
     * status-driven metrics run until SOLVED, FIRST_REPLY until the first public reply, the reply-driven ones only
     * after one.
     */
    private boolean startsNow(SlaMetric metric) {
        if (FINISHED.contains(status)) {
            return false;
        }
        return switch (metric) {
            case FIRST_REPLY -> !agentReplied;
            case NEXT_REPLY -> agentReplied && customerWaiting;
            case PERIODIC_UPDATE -> agentReplied;
            case RESOLUTION, REQUESTER_WAIT, AGENT_WORK_TIME -> true;
        };
    }

    /** Pauses or resumes the clock as its metric's pause condition says for the current status. */
    private void followStatus(SlaClock clock, Instant at, List<SlaEvent> raised) {
        if (pauses(clock.metric(), status)) {
            clock.pause(at, policy, raised);
        } else {
            clock.resume(at, policy, raised);
        }
    }

    /**
     * REQUESTER_WAIT and AGENT_WORK_TIME are defined by the statuses they count (as Zendesk defines them: the
     * customer waits on us in every status but PENDING; agents work in NEW and OPEN), so a policy's {@code pauseOn}
     * does not change them; every other metric pauses in the policy's {@code pauseOn}.
     */
    private boolean pauses(SlaMetric metric, TicketStatus in) {
        return switch (metric) {
            case REQUESTER_WAIT -> in == TicketStatus.PENDING;
            case AGENT_WORK_TIME -> in == TicketStatus.PENDING || in == TicketStatus.ON_HOLD;
            default -> policy.pausesOn(in);
        };
    }

    private void stopOpen(SlaMetric metric, Instant at, List<SlaEvent> raised) {
        openClock(metric).ifPresent(clock -> stop(clock, at, raised));
    }

    private void stop(SlaClock clock, Instant at, List<SlaEvent> raised) {
        if (!clock.open()) {
            return;
        }
        clock.stop(at, raised);
        closeEscalations(clock);
    }

    private void cancel(SlaClock clock, Instant at, List<SlaEvent> raised) {
        clock.cancel(at, policy, raised);
        closeEscalations(clock);
    }

    private void closeEscalations(SlaClock clock) {
        escalations.replaceAll(e -> e.metric() == clock.metric() && e.cycle() == clock.cycle() ? e.closed() : e);
    }

    private Optional<SlaClock> openClock(SlaMetric metric) {
        return clocks.stream().filter(c -> c.metric() == metric && c.open()).findFirst();
    }

    private void recordEscalation(SlaEscalated escalated, int cycle) {
        escalations.add(new Escalation(ticketId, escalated.level(), escalated.reason(), escalated.metric(), cycle,
                EscalationAction.valueOf(escalated.action()), escalated.tier(), escalated.escalatedAt(), true));
    }
}
