package dev.switchboard.sla.clock.metrics;

import dev.switchboard.events.sla.SlaAchieved;
import dev.switchboard.events.sla.SlaBreached;
import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.sla.SlaWarning;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.sla.clock.ClockState;
import dev.switchboard.sla.clock.ClockView;
import dev.switchboard.sla.clock.SlaEvent;
import dev.switchboard.sla.clock.SlaMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code switchboard.sla.clocks.open} (metric, state), {@code switchboard.sla.warnings|breaches|achievements}
 * (metric, priority) and {@code switchboard.sla.timer.lateness}. Tags stay bounded: enums only, never ticket ids.
 */
@Component
class MicrometerSlaMetrics implements SlaMetrics {

    private static final List<ClockState> OPEN_STATES = List.of(ClockState.RUNNING, ClockState.PAUSED,
            ClockState.BREACHED);

    private final MeterRegistry registry;
    private final Timer lateness;
    /** The open clocks last seen per ticket; the gauge counts over them. Counts tickets this instance handled. */
    private final Map<String, List<ClockView>> openByTicket = new ConcurrentHashMap<>();

    MicrometerSlaMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.lateness = Timer.builder("switchboard.sla.timer.lateness")
                .description("How long after a deadline the timer fired it")
                .register(registry);
        for (SlaMetric metric : SlaMetric.values()) {
            for (ClockState state : OPEN_STATES) {
                Gauge.builder("switchboard.sla.clocks.open", () -> count(metric, state))
                        .description("Open SLA clocks")
                        .tag("metric", metric.name())
                        .tag("state", state.name())
                        .register(registry);
            }
        }
    }

    @Override
    public void raised(List<SlaEvent> events, Priority priority) {
        String priorityTag = priority == null ? "UNKNOWN" : priority.name();
        for (SlaEvent event : events) {
            switch (event.data()) {
                case SlaWarning w -> counter("switchboard.sla.warnings", w.metric(), priorityTag).increment();
                case SlaBreached b -> counter("switchboard.sla.breaches", b.metric(), priorityTag).increment();
                case SlaAchieved a -> counter("switchboard.sla.achievements", a.metric(), priorityTag).increment();
                default -> {
                }
            }
        }
    }

    @Override
    public void clocks(String ticketId, List<ClockView> clocks) {
        List<ClockView> open = clocks.stream().filter(ClockView::open).toList();
        if (open.isEmpty()) {
            openByTicket.remove(ticketId);
        } else {
            openByTicket.put(ticketId, open);
        }
    }

    @Override
    public void fireLateness(Duration late) {
        lateness.record(late.isNegative() ? Duration.ZERO : late);
    }

    private long count(SlaMetric metric, ClockState state) {
        return openByTicket.values().stream().flatMap(List::stream)
                .filter(c -> c.metric() == metric && c.state() == state)
                .count();
    }

    private Counter counter(String name, SlaMetric metric, String priority) {
        return Counter.builder(name).tag("metric", metric.name()).tag("priority", priority).register(registry);
    }
}
