package dev.switchboard.sla.clock;

import dev.switchboard.events.sla.SlaMetric;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Customer;
import dev.switchboard.events.ticket.CustomerTier;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.events.ticket.TicketPriorityChanged;
import dev.switchboard.events.ticket.TicketRated;
import dev.switchboard.events.ticket.TicketReplied;
import dev.switchboard.events.ticket.TicketStatus;
import dev.switchboard.events.ticket.TicketTeamChanged;
import dev.switchboard.sla.calendar.CalendarSpec;
import dev.switchboard.sla.policy.PolicyMatch;
import dev.switchboard.sla.MutableClock;
import dev.switchboard.sla.policy.Policies;
import dev.switchboard.sla.policy.PolicyCatalog;
import dev.switchboard.sla.policy.PolicyStore;
import dev.switchboard.sla.policy.SlaPolicy;
import dev.switchboard.sla.timer.DeadlineIndex;
import dev.switchboard.sla.timer.DeadlineScheduler;
import dev.switchboard.sla.timer.PartitionTimers;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class ClockServiceTest {

    private static final Instant CREATED = Instant.parse("2026-11-23T08:00:00Z");
    private static final int P = 3;

    private final MutableClock clock = new MutableClock(CREATED);
    private final InMemoryTicketSlaStore store = new InMemoryTicketSlaStore();
    private final List<SlaEvent> published = new CopyOnWriteArrayList<>();
    private static final PolicyStore NO_EDITS = new PolicyStore() {
        @Override
        public List<SlaPolicy> findAll() {
            return List.of();
        }

        @Override
        public void save(SlaPolicy policy) {
        }
    };
    private final PolicyCatalog policies = new PolicyCatalog(List.of(Policies.urgent(), Policies.standard()),
            NO_EDITS);
    private DeadlineScheduler scheduler = newScheduler();
    private ClockService service = newService(scheduler);

    private DeadlineScheduler newScheduler() {
        DeadlineScheduler owning = new DeadlineScheduler(new DeadlineIndex(), clock, Duration.ofSeconds(1),
                Duration.ofSeconds(5));
        owning.own(P);
        owning.release(P);
        return owning;
    }

    private ClockService newService(DeadlineScheduler deadlines) {
        return new ClockService(store, published::addAll, policies, deadlines, SlaMetrics.NONE, clock);
    }

    private static TicketCreated created(String ticketId, Priority priority) {
        return new TicketCreated(ticketId, "zd-1", "zendesk", Channel.EMAIL, "Refund", "…", priority,
                new Customer("c-1", "Ada", CustomerTier.STANDARD, "en"), "billing", List.of(), List.of(),
                CREATED, CREATED);
    }

    private List<String> publishedIds() {
        return published.stream().map(SlaEvent::id).toList();
    }

    @Test
    void shouldApplyATicketEventOnlyOnceWhenItIsDeliveredTwice() {
        service.apply("t-1:created", created("t-1", Priority.URGENT), P);
        service.apply("t-1:created", created("t-1", Priority.URGENT), P);

        assertThat(publishedIds()).containsExactly("t-1:FIRST_REPLY:0:started", "t-1:RESOLUTION:0:started");
    }

    @Test
    void shouldFireTheBreachFromTheTimerWhenTheClockReachesTheDeadline() {
        service.apply("t-1:created", created("t-1", Priority.URGENT), P);
        published.clear();

        clock.advance(Duration.ofMinutes(44));
        assertThat(scheduler.fireDue(service::deadlineDue)).isZero();

        clock.advance(Duration.ofMinutes(16));
        scheduler.fireDue(service::deadlineDue);
        scheduler.fireDue(service::deadlineDue);
        scheduler.fireDue(service::deadlineDue);

        assertThat(publishedIds()).containsExactly("t-1:FIRST_REPLY:0:warning:0.75",
                "t-1:FIRST_REPLY:0:warning:0.9", "t-1:FIRST_REPLY:0:breached", "t-1:FIRST_REPLY:0:escalated:1");
    }

    @Test
    void shouldFireADeadlineThatPassedWhileDownOnceAfterTheReload() {
        service.apply("t-1:created", created("t-1", Priority.URGENT), P);
        published.clear();
        clock.advance(Duration.ofHours(2));

        DeadlineScheduler restartedScheduler = new DeadlineScheduler(new DeadlineIndex(), clock, Duration.ofSeconds(1),
                Duration.ofSeconds(5));
        ClockService restarted = newService(restartedScheduler);
        restartedScheduler.own(P);
        assertThat(restarted.loadPartition(P)).isEqualTo(1);
        assertThat(restarted.loadPartition(P + 1)).isZero();
        restartedScheduler.release(P);
        while (restartedScheduler.fireDue(restarted::deadlineDue) > 0) {
            // drain: each firing schedules the ticket's next deadline, which may be due as well
        }

        assertThat(publishedIds()).containsExactly("t-1:FIRST_REPLY:0:warning:0.75",
                "t-1:FIRST_REPLY:0:warning:0.9", "t-1:FIRST_REPLY:0:breached", "t-1:FIRST_REPLY:0:escalated:1",
                "t-1:FIRST_REPLY:0:escalated:2");
        assertThat(restartedScheduler.fireDue(restarted::deadlineDue)).isZero();
    }

    @Test
    void shouldAchieveFirstReplyAndMoveTheTimerToTheResolutionDeadline() {
        service.apply("t-1:created", created("t-1", Priority.URGENT), P);

        service.apply("r-1", new TicketReplied("t-1", "agent-1", "Hi", true, CREATED.plusSeconds(600)), P);
        clock.advance(Duration.ofHours(2));

        assertThat(scheduler.fireDue(service::deadlineDue)).isZero();
        assertThat(publishedIds()).contains("t-1:FIRST_REPLY:0:achieved").doesNotContain(
                "t-1:FIRST_REPLY:0:breached");
    }

    @Test
    void shouldRetargetWithThePolicyOfTheNewPriority() {
        service.apply("t-1:created", created("t-1", Priority.NORMAL), P);

        service.apply("p-1", new TicketPriorityChanged("t-1", Priority.NORMAL, Priority.HIGH,
                CREATED.plus(Duration.ofMinutes(10))), P);

        assertThat(publishedIds()).contains("t-1:FIRST_REPLY:0:retargeted:1");
        assertThat(service.find("t-1").orElseThrow().clocks())
                .filteredOn(c -> c.metric() == SlaMetric.FIRST_REPLY)
                .extracting(ClockView::dueAt).containsExactly(CREATED.plus(Duration.ofHours(1)));
    }

    @Test
    void shouldIgnoreEventsThatDoNotMoveClocks() {
        service.apply("t-1:created", created("t-1", Priority.NORMAL), P);
        published.clear();

        service.apply("rated-1", new TicketRated("t-1", 5, null, "great", CREATED), P);
        service.apply("r-unknown", new TicketReplied("t-unknown", "agent-1", "Hi", true, CREATED), P);

        assertThat(published).isEmpty();
        assertThat(store.find("t-unknown")).isEmpty();
    }

    @Test
    void shouldLeaveARevokedTicketToTheNewOwnerWhichFiresWhatPassedMeanwhileOnce() {
        service.apply("t-1:created", created("t-1", Priority.URGENT), P);
        published.clear();
        DeadlineScheduler other = new DeadlineScheduler(new DeadlineIndex(), clock, Duration.ofSeconds(1),
                Duration.ofSeconds(5));
        ClockService newOwner = newService(other);
        PartitionTimers oldTimers = new PartitionTimers(scheduler, service::loadPartition);
        PartitionTimers newTimers = new PartitionTimers(other, newOwner::loadPartition);

        oldTimers.revoked(P);
        clock.advance(Duration.ofHours(2));
        newTimers.assigned(P, 10, 10);

        assertThat(scheduler.fireDue(service::deadlineDue)).isZero();
        while (other.fireDue(newOwner::deadlineDue) > 0) {
            // drain the chain of deadlines that all passed during the rebalance
        }
        assertThat(publishedIds()).containsExactly("t-1:FIRST_REPLY:0:warning:0.75",
                "t-1:FIRST_REPLY:0:warning:0.9", "t-1:FIRST_REPLY:0:breached", "t-1:FIRST_REPLY:0:escalated:1",
                "t-1:FIRST_REPLY:0:escalated:2");
    }

    @Test
    void shouldApplyAReplyWaitingInThePartitionBeforeTheCatchUpDeadlinesFire() {
        service.apply("t-1:created", created("t-1", Priority.URGENT), P);
        published.clear();
        // down for two hours; meanwhile the agent replied after 30 minutes, unread in the partition
        clock.advance(Duration.ofHours(2));
        DeadlineScheduler restartedScheduler = new DeadlineScheduler(new DeadlineIndex(), clock,
                Duration.ofSeconds(1), Duration.ofSeconds(5));
        ClockService restarted = newService(restartedScheduler);
        PartitionTimers timers = new PartitionTimers(restartedScheduler, restarted::loadPartition);

        timers.assigned(P, 7, 8);
        assertThat(restartedScheduler.fireDue(restarted::deadlineDue)).isZero();
        restarted.apply("r-1", new TicketReplied("t-1", "agent-1", "Hi", true, CREATED.plus(Duration.ofMinutes(30))),
                P);
        timers.handled(P, 7);
        restartedScheduler.fireDue(restarted::deadlineDue);

        assertThat(publishedIds()).containsExactly("t-1:FIRST_REPLY:0:achieved");
    }

    @Test
    void shouldNotRepeatWhatAnotherInstanceAlreadyFiredForTheSameDeadline() {
        service.apply("t-1:created", created("t-1", Priority.URGENT), P);
        DeadlineScheduler stale = newScheduler();
        ClockService staleOwner = newService(stale);
        staleOwner.loadPartition(P);
        clock.advance(Duration.ofMinutes(45));
        published.clear();

        scheduler.fireDue(service::deadlineDue);
        stale.fireDue(staleOwner::deadlineDue);

        assertThat(publishedIds()).containsExactly("t-1:FIRST_REPLY:0:warning:0.75");
    }

    @Test
    void shouldRematchTheOrderedPoliciesOnATeamChangeAndBreachAUsedUpTargetOnlyOnce() {
        SlaPolicy vip = new SlaPolicy("vip", 5, new PolicyMatch(Set.of(), Set.of(), Set.of(), Set.of("vip")),
                Map.of(SlaMetric.FIRST_REPLY, Duration.ofMinutes(30), SlaMetric.RESOLUTION, Duration.ofHours(4)),
                CalendarSpec.ALWAYS_OPEN, Set.of(TicketStatus.PENDING), List.of(), List.of());
        ClockService withVip = new ClockService(store, published::addAll,
                new PolicyCatalog(List.of(Policies.urgent(), vip, Policies.standard()), NO_EDITS),
                scheduler, SlaMetrics.NONE, clock);
        withVip.apply("t-1:created", created("t-1", Priority.NORMAL), P);
        published.clear();
        clock.advance(Duration.ofMinutes(45));
        var moved = new TicketTeamChanged("t-1", "billing", "vip", clock.instant());

        withVip.apply("team-1", moved, P);
        withVip.apply("team-1", moved, P);
        while (scheduler.fireDue(withVip::deadlineDue) > 0) {
            // drain
        }

        assertThat(publishedIds()).containsExactly("t-1:FIRST_REPLY:0:retargeted:1",
                "t-1:RESOLUTION:0:retargeted:1", "t-1:FIRST_REPLY:0:breached");
        assertThat(withVip.find("t-1").orElseThrow().clocks()).filteredOn(c -> c.metric() == SlaMetric.RESOLUTION)
                .extracting(ClockView::dueAt).containsExactly(CREATED.plus(Duration.ofHours(4)));
    }

    @Test
    void shouldNotSpinOnADeadlineThatIsAFractionOfAMillisecondAhead() {
        Instant createdAt = CREATED.plusNanos(500_000);
        service.apply("t-1:created", new TicketCreated("t-1", "zd-1", "zendesk", Channel.EMAIL, "Refund", "…",
                Priority.URGENT, new Customer("c-1", "Ada", CustomerTier.STANDARD, "en"), "billing", List.of(),
                List.of(), createdAt, createdAt), P);
        published.clear();

        // the first warning is due at 45 minutes and half a millisecond
        clock.set(createdAt.plus(Duration.ofMinutes(45)).minusNanos(200_000));
        int early = scheduler.fireDue(service::deadlineDue);
        clock.set(createdAt.plus(Duration.ofMinutes(45)).plusNanos(500_000));
        int due = scheduler.fireDue(service::deadlineDue);

        assertThat(early).isZero();
        assertThat(due).isOne();
        assertThat(publishedIds()).containsExactly("t-1:FIRST_REPLY:0:warning:0.75");
    }
}
