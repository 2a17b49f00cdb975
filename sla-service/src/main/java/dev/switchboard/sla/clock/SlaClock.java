package dev.switchboard.sla.clock;

import dev.switchboard.events.sla.SlaAchieved;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaCancelled;
import dev.switchboard.events.sla.SlaEscalated;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.sla.SlaPaused;
import dev.switchboard.events.sla.SlaResumed;
import dev.switchboard.events.sla.SlaStarted;
import dev.switchboard.events.sla.SlaWarning;
import dev.switchboard.sla.calendar.WorkCalendar;
import dev.switchboard.sla.policy.EscalationRule;
import dev.switchboard.sla.policy.SlaPolicy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One cycle of one metric of one ticket. Counted time is kept as {@code elapsed} (before the current run) plus the
 * calendar time since {@code runningSince}, so pausing and re-targeting never lose time already used.
 */
final class SlaClock {

    private final String ticketId;
    private final SlaMetric metric;
    private final int cycle;
    private String policy;
    private ClockState state;
    private Duration target;
    private Duration elapsed;
    private Instant runningSince;
    private final Instant startedAt;
    private Instant dueAt;
    private final List<Double> warningsFired;
    private final List<Integer> escalationsFired;
    private int pauses;
    private int retargets;
    private Instant breachedAt;
    private Instant stoppedAt;

    private SlaClock(String ticketId, SlaClockSnapshot s) {
        this.ticketId = ticketId;
        this.metric = s.metric();
        this.cycle = s.cycle();
        this.policy = s.policy();
        this.state = s.state();
        this.target = s.target();
        this.elapsed = s.elapsed();
        this.runningSince = s.runningSince();
        this.startedAt = s.startedAt();
        this.dueAt = s.dueAt();
        this.warningsFired = new ArrayList<>(s.warningsFired() == null ? List.of() : s.warningsFired());
        this.escalationsFired = new ArrayList<>(s.escalationsFired() == null ? List.of() : s.escalationsFired());
        this.pauses = s.pauses();
        this.retargets = s.retargets();
        this.breachedAt = s.breachedAt();
        this.stoppedAt = s.stoppedAt();
    }

    static SlaClock restore(String ticketId, SlaClockSnapshot snapshot) {
        return new SlaClock(ticketId, snapshot);
    }

    static SlaClock start(String ticketId, SlaMetric metric, int cycle, SlaPolicy policy, Duration target,
                          Instant at, List<SlaEvent> raised) {
        Instant due = policy.calendar().toCalendar().plus(at, target);
        SlaClock clock = new SlaClock(ticketId, new SlaClockSnapshot(metric, cycle, policy.name(),
                ClockState.RUNNING, target, Duration.ZERO, at, at, due, List.of(), List.of(), 0, 0, null, null));
        raised.add(clock.event("started", at, new SlaStarted(ticketId, metric, policy.name(), at, due)));
        return clock;
    }

    SlaClockSnapshot snapshot() {
        return new SlaClockSnapshot(metric, cycle, policy, state, target, elapsed, runningSince, startedAt, dueAt,
                List.copyOf(warningsFired), List.copyOf(escalationsFired), pauses, retargets, breachedAt, stoppedAt);
    }

    SlaMetric metric() {
        return metric;
    }

    int cycle() {
        return cycle;
    }

    ClockState state() {
        return state;
    }

    Instant dueAt() {
        return dueAt;
    }

    /** Running, paused, or breached and not yet stopped (it still escalates). */
    boolean open() {
        return stoppedAt == null && state != ClockState.ACHIEVED && state != ClockState.CANCELLED;
    }

    /** Raises what became due up to {@code now}: warnings in ratio order, the breach, then escalation levels. */
    void advance(Instant now, SlaPolicy rules, List<SlaEvent> raised) {
        if (state == ClockState.RUNNING) {
            WorkCalendar calendar = rules.calendar().toCalendar();
            for (double ratio : rules.warnAt()) {
                if (warningsFired.contains(ratio)) {
                    continue;
                }
                Instant warnAt = instantAtElapsed(calendar, fraction(target, ratio));
                if (warnAt.isAfter(now) || !warnAt.isBefore(dueAt)) {
                    continue;
                }
                warningsFired.add(ratio);
                raised.add(event("warning:" + ratio, warnAt, new SlaWarning(ticketId, metric, dueAt, ratio, warnAt)));
            }
            if (!dueAt.isAfter(now)) {
                state = ClockState.BREACHED;
                breachedAt = dueAt;
                raised.add(event("breached", dueAt, new SlaBreached(ticketId, metric, dueAt, dueAt)));
            }
        }
        if (state == ClockState.BREACHED && stoppedAt == null) {
            for (EscalationRule rule : rules.escalation()) {
                Instant at = breachedAt.plus(rule.after());
                if (escalationsFired.contains(rule.level()) || at.isAfter(now)) {
                    continue;
                }
                escalationsFired.add(rule.level());
                raised.add(event("escalated:" + rule.level(), at, new SlaEscalated(ticketId, rule.level(),
                        metric + " breached", metric, rule.action().name(), rule.tier(), at)));
            }
        }
    }

    /** The next instant at which {@link #advance} would raise something. */
    Optional<Instant> nextDeadline(SlaPolicy rules) {
        if (state == ClockState.RUNNING) {
            WorkCalendar calendar = rules.calendar().toCalendar();
            return Stream.concat(
                            rules.warnAt().stream()
                                    .filter(ratio -> !warningsFired.contains(ratio))
                                    .map(ratio -> instantAtElapsed(calendar, fraction(target, ratio)))
                                    .filter(at -> at.isBefore(dueAt)),
                            Stream.of(dueAt))
                    .min(Instant::compareTo);
        }
        if (state == ClockState.BREACHED && stoppedAt == null) {
            return rules.escalation().stream()
                    .filter(rule -> !escalationsFired.contains(rule.level()))
                    .map(rule -> breachedAt.plus(rule.after()))
                    .min(Instant::compareTo);
        }
        return Optional.empty();
    }

    void pause(Instant at, SlaPolicy rules, List<SlaEvent> raised) {
        if (state != ClockState.RUNNING) {
            return;
        }
        elapsed = elapsed.plus(rules.calendar().toCalendar().between(runningSince, at));
        runningSince = null;
        state = ClockState.PAUSED;
        pauses++;
        long remainingMs = Math.max(0, target.minus(elapsed).toMillis());
        raised.add(event("paused:" + pauses, at, new SlaPaused(ticketId, metric, at, remainingMs)));
    }

    void resume(Instant at, SlaPolicy rules, List<SlaEvent> raised) {
        if (state != ClockState.PAUSED) {
            return;
        }
        runningSince = at;
        state = ClockState.RUNNING;
        dueAt = remainingDue(rules.calendar().toCalendar(), at);
        raised.add(event("resumed:" + pauses, at, new SlaResumed(ticketId, metric, at, dueAt)));
    }

    /** The stop condition was met at {@code at}: achieved if before the deadline (the caller advanced first). */
    void stop(Instant at, List<SlaEvent> raised) {
        if (!open()) {
            return;
        }
        stoppedAt = at;
        runningSince = null;
        if (state == ClockState.RUNNING || state == ClockState.PAUSED) {
            state = ClockState.ACHIEVED;
            raised.add(event("achieved", at, new SlaAchieved(ticketId, metric, dueAt, at)));
        }
    }

    /**
     * The new policy has no target for this metric: the clock closes without an outcome. A breach already raised
     * stands (it stays BREACHED) but escalates no further.
     */
    void cancel(Instant at, SlaPolicy rules, List<SlaEvent> raised) {
        if (!open()) {
            return;
        }
        if (state == ClockState.RUNNING) {
            elapsed = elapsed.plus(rules.calendar().toCalendar().between(runningSince, at));
        }
        runningSince = null;
        stoppedAt = at;
        if (state != ClockState.BREACHED) {
            state = ClockState.CANCELLED;
            raised.add(event("cancelled", at, new SlaCancelled(ticketId, metric, rules.name(), dueAt, at)));
        }
    }

    /**
     * A new target (priority or team change) that keeps the counted time and the paused time: time up to the change
     * counts in the old policy's calendar, time after it in the new one. A running clock gets its new dueAt now, a
     * paused one when it resumes. A target the counted time already reached breaches at once, paused or not: the
     * breach is dated at the change, the first moment the target was known to be missed.
     */
    void retarget(Duration newTarget, SlaPolicy oldPolicy, SlaPolicy newPolicy, Instant at, List<SlaEvent> raised) {
        if (state != ClockState.RUNNING && state != ClockState.PAUSED) {
            return;
        }
        policy = newPolicy.name();
        if (newTarget.equals(target) && newPolicy.calendar().equals(oldPolicy.calendar())) {
            return;
        }
        target = newTarget;
        if (state == ClockState.RUNNING) {
            elapsed = elapsed.plus(oldPolicy.calendar().toCalendar().between(runningSince, at));
            runningSince = at;
            dueAt = remainingDue(newPolicy.calendar().toCalendar(), at);
            retargets++;
            // a re-target is announced as a fresh "started" with the original start, so a view keyed by metric
            // simply takes the new dueAt
            raised.add(event("retargeted:" + retargets, at,
                    new SlaStarted(ticketId, metric, policy, startedAt, dueAt)));
        } else if (!target.minus(elapsed).isPositive()) {
            state = ClockState.BREACHED;
            dueAt = at;
            breachedAt = at;
            raised.add(event("breached", at, new SlaBreached(ticketId, metric, at, at)));
        }
    }

    private Instant remainingDue(WorkCalendar calendar, Instant from) {
        Duration remaining = target.minus(elapsed);
        // a used-up target is due now, even outside business hours
        return remaining.isPositive() ? calendar.plus(from, remaining) : from;
    }

    private Instant instantAtElapsed(WorkCalendar calendar, Duration counted) {
        Duration still = counted.minus(elapsed);
        return still.isNegative() || still.isZero() ? runningSince : calendar.plus(runningSince, still);
    }

    private static Duration fraction(Duration duration, double ratio) {
        return Duration.ofMillis(Math.round(duration.toMillis() * ratio));
    }

    private SlaEvent event(String what, Instant time, Record data) {
        return new SlaEvent(ticketId + ":" + metric + ":" + cycle + ":" + what, ticketId, time, data);
    }
}
