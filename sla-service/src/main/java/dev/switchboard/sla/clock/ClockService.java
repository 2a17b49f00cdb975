package dev.switchboard.sla.clock;

import dev.switchboard.events.ticket.CustomerMessageReceived;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketReopened;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatusChanged;
import dev.switchboard.events.ticket.TicketTeamChanged;
import dev.switchboard.sla.policy.PolicyCatalog;
import dev.switchboard.sla.policy.SlaPolicy;
import dev.switchboard.sla.policy.TicketProfile;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ConcurrentModificationException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Applies ticket events and due deadlines to a ticket's clocks: read, change in plain Java, publish what was raised,
 * write with optimistic concurrency. Publishing comes before the write on purpose: a crash in between only repeats
 * events with the same deterministic ids (the consumer's redelivery or the timer's catch-up), which readers drop;
 * the reverse order could lose them.
 */
public final class ClockService {

    private static final System.Logger LOG = System.getLogger(ClockService.class.getName());
    private static final int MAX_ATTEMPTS = 5;
    private static final int LOCK_STRIPES = 64;

    private final TicketSlaStore store;
    private final SlaEventPublisher publisher;
    private final PolicyCatalog policies;
    private final DeadlineSchedule deadlines;
    private final SlaMetrics metrics;
    private final Clock clock;
    // the timer thread and the consumer threads of this instance take turns on a ticket instead of racing on its
    // version; other instances are still kept apart by the version check
    private final Object[] locks = new Object[LOCK_STRIPES];

    public ClockService(TicketSlaStore store, SlaEventPublisher publisher, PolicyCatalog policies,
                        DeadlineSchedule deadlines, SlaMetrics metrics, Clock clock) {
        this.store = store;
        this.publisher = publisher;
        this.policies = policies;
        this.deadlines = deadlines;
        this.metrics = metrics;
        this.clock = clock;
        for (int i = 0; i < LOCK_STRIPES; i++) {
            locks[i] = new Object();
        }
    }

    /**
     * Applies one ticket event once, whatever the number of deliveries ({@code eventId} is its ce_id);
     * {@code partition} is the {@code tickets.events} partition it was read from.
     */
    public void apply(String eventId, Record ticketEvent, int partition) {
        switch (ticketEvent) {
            case TicketCreated created -> created(eventId, created, partition);
            case TicketReplied replied -> update(replied.ticketId(), eventId, partition, false,
                    sla -> sla.replied(replied.publicReply(), timeOf(replied.occurredAt())));
            case CustomerMessageReceived message -> update(message.ticketId(), eventId, partition, false,
                    sla -> sla.customerMessage(timeOf(message.occurredAt())));
            case TicketStatusChanged changed -> update(changed.ticketId(), eventId, partition, false,
                    sla -> sla.statusChanged(changed.to(), timeOf(changed.occurredAt())));
            case TicketReopened reopened -> update(reopened.ticketId(), eventId, partition, false,
                    sla -> sla.reopened(timeOf(reopened.occurredAt())));
            case TicketPriorityChanged changed -> update(changed.ticketId(), eventId, partition, false,
                    sla -> sla.priorityChanged(changed.to(), sla.profile()
                            .flatMap(p -> policies.select(p.withPriority(changed.to())))
                            .orElse(null), timeOf(changed.occurredAt())));
            case TicketTeamChanged changed -> update(changed.ticketId(), eventId, partition, false,
                    sla -> sla.teamChanged(changed.to(), sla.profile()
                            .flatMap(p -> policies.select(p.withTeam(changed.to())))
                            .orElse(null), timeOf(changed.occurredAt())));
            default -> {
                // other ticket events (ratings, …) do not move SLA clocks
            }
        }
    }

    /** The timer found the ticket's deadline {@code dueAt} due. */
    public void deadlineDue(String ticketId, Instant dueAt) {
        metrics.fireLateness(Duration.between(dueAt, clock.instant()));
        update(ticketId, null, null, false, sla -> sla.advance(clock.instant()));
    }

    /**
     * Puts the open clocks of a {@code tickets.events} partition on the timer (it was assigned to this instance);
     * deadlines that passed while nobody owned it fire once the timer releases the partition.
     *
     * @return how many tickets have open clocks in it
     */
    public int loadPartition(int partition) {
        List<TicketSla> open = store.findOpen(partition);
        open.forEach(this::afterWrite);
        return open.size();
    }

    public Optional<TicketSla> find(String ticketId) {
        return store.find(ticketId);
    }

    private void created(String eventId, TicketCreated created, int partition) {
        TicketProfile profile = new TicketProfile(created.priority(), created.channel(),
                created.customer() == null ? null : created.customer().tier(), created.team());
        Optional<SlaPolicy> policy = policies.select(profile);
        if (policy.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "no SLA policy fits ticket {0} ({1}): no clocks started",
                    created.ticketId(), profile);
            return;
        }
        Instant at = timeOf(created.createdAt() != null ? created.createdAt() : created.occurredAt());
        update(created.ticketId(), eventId, partition, true, sla -> sla.created(profile, policy.get(), at));
    }

    /** {@code partition} is null for the timer's changes: the ticket keeps the partition its events came from. */
    private void update(String ticketId, String eventId, Integer partition, boolean createIfMissing,
                        Function<TicketSla, List<SlaEvent>> change) {
        synchronized (locks[Math.floorMod(ticketId.hashCode(), LOCK_STRIPES)]) {
            for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
                Optional<TicketSla> found = store.find(ticketId);
                if (found.isEmpty() && !createIfMissing) {
                    return;
                }
                TicketSla sla = found.orElseGet(() -> new TicketSla(ticketId));
                if (eventId != null && sla.applied(eventId)) {
                    return;
                }
                if (partition != null) {
                    sla.partition(partition);
                }
                List<SlaEvent> raised = change.apply(sla);
                if (eventId == null && raised.isEmpty()) {
                    afterWrite(sla);
                    return;
                }
                if (eventId != null) {
                    sla.markApplied(eventId);
                }
                if (!raised.isEmpty()) {
                    publisher.publish(raised);
                }
                if (store.save(sla)) {
                    metrics.raised(raised, sla.profile().orElse(null));
                    afterWrite(sla);
                    return;
                }
            }
            throw new ConcurrentModificationException(
                    "ticket " + ticketId + " kept changing under " + MAX_ATTEMPTS + " attempts");
        }
    }

    private void afterWrite(TicketSla sla) {
        if (!sla.hasOpenClocks()) {
            deadlines.forget(sla.ticketId());
        } else if (sla.partition().isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "ticket {0} has open clocks but no known partition: not timed until "
                    + "its next event", sla.ticketId());
        } else {
            deadlines.track(sla.ticketId(), sla.partition().get(), sla.nextDeadline().orElse(null),
                    OpenClockSummary.of(sla.clocks()));
        }
    }

    /** Ticket events carry when they happened; that time, not the time of reading, drives the clocks. */
    private Instant timeOf(Instant occurredAt) {
        return occurredAt != null ? occurredAt : clock.instant();
    }
}
