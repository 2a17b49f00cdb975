package dev.switchboard.analytics.metrics;

import dev.switchboard.analytics.fact.FactChange;
import dev.switchboard.analytics.fact.FactChangeListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Prometheus view of what the consumers newly establish. Counted when a fact is stored, so a replayed event counts
 * nothing; the counters restart with the process, the KPI endpoints do not.
 */
@Component
class KpiMeters implements FactChangeListener {

    // not "...tickets.created": Prometheus' client reserves the suffix _created and would render it as *_tickets_total
    static final String CREATED = "switchboard.analytics.tickets.received";
    static final String SOLVED = "switchboard.analytics.tickets.solved";
    static final String BREACHES = "switchboard.analytics.sla.breaches";
    static final String FIRST_REPLY = "switchboard.analytics.first.reply.time";
    static final String RESOLUTION = "switchboard.analytics.resolution.time";
    static final String UNKNOWN = "unknown";

    /** Buckets a support manager reads SLAs in: minutes for chat, hours for email, days for resolution. */
    private static final Duration[] SLO_BUCKETS = {
            Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4),
            Duration.ofHours(8), Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(3), Duration.ofDays(7)};

    private final MeterRegistry registry;

    KpiMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onChanges(List<FactChange> changes) {
        changes.forEach(this::record);
    }

    private void record(FactChange change) {
        Tags tags = tags(change);
        switch (change) {
            case FactChange.TicketCounted counted -> counter(CREATED, tags).increment();
            case FactChange.TicketSolved solved -> {
                counter(SOLVED, tags).increment();
                if (solved.resolutionTime() != null) {
                    timer(RESOLUTION, "Ticket creation to solve", tags).record(solved.resolutionTime());
                }
            }
            case FactChange.FirstReplyMeasured reply ->
                    timer(FIRST_REPLY, "Ticket creation to first public reply", tags).record(reply.firstReplyTime());
            case FactChange.SlaBreachCounted breach ->
                    counter(BREACHES, tags.and("metric", breach.metric().name())).increment();
        }
    }

    static Tags tags(FactChange change) {
        return Tags.of("team", Objects.requireNonNullElse(change.team(), UNKNOWN),
                "priority", change.priority() == null ? UNKNOWN : change.priority().name());
    }

    private Counter counter(String name, Tags tags) {
        return Counter.builder(name).tags(tags).register(registry);
    }

    private Timer timer(String name, String description, Tags tags) {
        return Timer.builder(name)
                .description(description)
                .tags(tags)
                .serviceLevelObjectives(SLO_BUCKETS)
                .register(registry);
    }
}
