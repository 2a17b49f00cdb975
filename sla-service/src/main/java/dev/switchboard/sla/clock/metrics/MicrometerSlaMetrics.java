package dev.switchboard.sla.clock.metrics;

import dev.switchboard.events.sla.SlaAchieved;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.sla.SlaWarning;
import dev.switchboard.sla.clock.ClockState;
import dev.switchboard.sla.clock.OpenClockSummary;
import dev.switchboard.sla.clock.SlaEvent;
import dev.switchboard.sla.clock.SlaMetrics;
import dev.switchboard.sla.policy.TicketProfile;
import dev.switchboard.sla.timer.DeadlineScheduler;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;

/**
 * {@code switchboard.sla.clocks.open} (metric, state: the open clocks of the partitions this instance owns, so the
 * sum over instances is the total), {@code switchboard.sla.warnings|breaches|achievements} (metric, team, priority)
 * and {@code switchboard.sla.timer.lateness} (histogram). Tags stay bounded: enums and the configured teams, never
 * ticket ids.
 */
@Component
class MicrometerSlaMetrics implements SlaMetrics {

    private static final List<ClockState> OPEN_STATES = List.of(ClockState.RUNNING, ClockState.PAUSED,
            ClockState.BREACHED);

    private final MeterRegistry registry;
    private final Timer lateness;

    MicrometerSlaMetrics(MeterRegistry registry, DeadlineScheduler timer) {
        this.registry = registry;
        this.lateness = Timer.builder("switchboard.sla.timer.lateness")
                .description("How long after a deadline the timer fired it")
                .publishPercentileHistogram()
                .maximumExpectedValue(Duration.ofMinutes(1))
                .register(registry);
        for (SlaMetric metric : SlaMetric.values()) {
            for (ClockState state : OPEN_STATES) {
                Gauge.builder("switchboard.sla.clocks.open",
                                () -> OpenClockSummary.count(timer.openClockCounts(), metric, state))
                        .description("Open SLA clocks")
                        .tag("metric", metric.name())
                        .tag("state", state.name())
                        .register(registry);
            }
        }
    }

    @Override
    public void raised(List<SlaEvent> events, TicketProfile ticket) {
        String priority = ticket == null || ticket.priority() == null ? "UNKNOWN" : ticket.priority().name();
        String team = ticket == null || ticket.team() == null || ticket.team().isBlank() ? "none" : ticket.team();
        for (SlaEvent event : events) {
            switch (event.data()) {
                case SlaWarning w -> counter("switchboard.sla.warnings", w.metric(), team, priority).increment();
                case SlaBreached b -> counter("switchboard.sla.breaches", b.metric(), team, priority).increment();
                case SlaAchieved a -> counter("switchboard.sla.achievements", a.metric(), team, priority)
                        .increment();
                default -> {
                }
            }
        }
    }

    @Override
    public void fireLateness(Duration late) {
        lateness.record(late.isNegative() ? Duration.ZERO : late);
    }

    private Counter counter(String name, SlaMetric metric, String team, String priority) {
        return Counter.builder(name).tag("metric", metric.name()).tag("team", team).tag("priority", priority)
                .register(registry);
    }
}
