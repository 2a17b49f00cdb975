package dev.switchboard.routing.assignment.messaging;

import dev.switchboard.events.agent.AgentPresenceChanged;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.agent.AgentUpdated;
import dev.switchboard.events.ticket.TicketCreated;
import dev.switchboard.routing.MutableClock;
import dev.switchboard.routing.assignment.AgentState;
import dev.switchboard.routing.assignment.Decision;
import dev.switchboard.routing.assignment.Events;
import dev.switchboard.routing.assignment.RaisedEvent;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.assignment.TicketState;
import dev.switchboard.routing.assignment.persistence.RoutingStateStore;
import dev.switchboard.routing.cloudevents.IncomingEvent;
import dev.switchboard.routing.leadership.FencedException;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

class RoutingCoordinatorTest {

    private final RoutingEngine engine = new RoutingEngine(new MutableClock(Events.T0));
    private final RoutingEventPublisher publisher = mock(RoutingEventPublisher.class);
    private final InMemoryStore store = spy(new InMemoryStore());
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RoutingCoordinator coordinator = new RoutingCoordinator(engine, publisher, store, meters);

    @BeforeEach
    void availableAgent() {
        coordinator.lead(1);
        coordinator.apply(new IncomingEvent("a-1", AgentUpdated.TYPE, Events.agent("ana").build()));
        coordinator.apply(new IncomingEvent("a-2", AgentPresenceChanged.TYPE,
                Events.presence("ana", AgentStatus.AVAILABLE)));
    }

    private static IncomingEvent created(String ticketId) {
        return new IncomingEvent(ticketId + ":created", TicketCreated.TYPE, Events.ticket(ticketId).build());
    }

    @Test
    void shouldPublishBeforeSavingAndCountAssignmentsByReason() {
        coordinator.apply(created("t-1"));

        InOrder order = inOrder(publisher, store);
        order.verify(publisher).publishAll(any());
        order.verify(store).save(any(), eq(1L));
        assertThat(store.tickets).containsKey("t-1");
        assertThat(meters.get("switchboard.routing.assignments").tag("reason", "ONLY_ELIGIBLE").counter().count())
                .isEqualTo(1.0);
        assertThat(meters.get("switchboard.routing.decision").tag("event", TicketCreated.TYPE).timer().count())
                .isEqualTo(1);
    }

    @Test
    void shouldPublishNothingForARedeliveredEvent() {
        coordinator.apply(created("t-1"));

        coordinator.apply(created("t-1"));

        verify(publisher, times(3)).publishAll(any());
    }

    @Test
    void shouldDecideAgainWithTheSameEventIdsAfterPublishingFailed() {
        doThrow(new IllegalStateException("broker away")).doNothing().when(publisher).publishAll(any());
        assertThatThrownBy(() -> coordinator.apply(created("t-1"))).hasMessageContaining("broker away");

        coordinator.apply(created("t-1"));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<RaisedEvent>> published = ArgumentCaptor.forClass(List.class);
        verify(publisher, times(4)).publishAll(published.capture());
        List<List<RaisedEvent>> calls = published.getAllValues();
        assertThat(calls.get(2)).extracting(RaisedEvent::id).containsExactly("t-1:assigned:1");
        assertThat(calls.get(3)).extracting(RaisedEvent::id).containsExactly("t-1:assigned:1");
        assertThat(engine.agent("ana").orElseThrow().assignedTickets()).containsOnlyKeys("t-1");
    }

    @Test
    void shouldRefuseTheEventStepDownAndDropTheStateWhenANewerLeaderFencedThePublisher() {
        List<String> fenced = new ArrayList<>();
        coordinator.whenFenced(() -> fenced.add("step down"));
        doThrow(new FencedException("fenced")).when(publisher).publishAll(any());

        boolean decided = coordinator.apply(created("t-1"));

        assertThat(decided).isFalse();
        assertThat(coordinator.isLeading()).isFalse();
        assertThat(fenced).containsExactly("step down");
        assertThat(store.tickets).doesNotContainKey("t-1");
        assertThat(coordinator.apply(created("t-2"))).as("a fenced coordinator decides nothing more").isFalse();

        coordinator.follow();
        assertThat(engine.agents(null)).isEmpty();
    }

    @Test
    void shouldDecideNothingAsAFollowerButKeepAReadCopyOfTheStoredState() {
        coordinator.follow();

        assertThat(coordinator.apply(created("t-1"))).isFalse();
        coordinator.tick();
        coordinator.refreshAsFollower();

        assertThat(engine.agent("ana")).isPresent();
        assertThat(engine.ticket("t-1")).isEmpty();
        verify(publisher, times(2)).publishAll(any());
    }

    /** The store as the engine would find it after a restart. */
    static class InMemoryStore implements RoutingStateStore {
        final Map<String, AgentState> agents = new LinkedHashMap<>();
        final Map<String, TicketState> tickets = new LinkedHashMap<>();

        @Override
        public List<AgentState> loadAgents() {
            return new ArrayList<>(agents.values());
        }

        @Override
        public List<TicketState> loadTickets() {
            return new ArrayList<>(tickets.values());
        }

        @Override
        public void claim(long epoch) {
        }

        @Override
        public void save(Decision decision, long epoch) {
            decision.changedAgents().forEach(agent -> agents.put(agent.id(), agent));
            decision.changedTickets().forEach(ticket -> tickets.put(ticket.id(), ticket));
        }
    }
}
