package dev.switchboard.routing.assignment.persistence;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.events.agent.AgentStatus;
import dev.switchboard.events.ticket.Channel;
import dev.switchboard.events.ticket.Priority;
import dev.switchboard.routing.MutableClock;
import dev.switchboard.routing.assignment.Decision;
import dev.switchboard.routing.assignment.Events;
import dev.switchboard.routing.assignment.RoutingEngine;
import dev.switchboard.routing.leadership.FencedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store against the Mongo stand-in: what one engine saved, another engine resumes from. */
class MongoRoutingStateStoreIT {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoRoutingStateStore store = new MongoRoutingStateStore(client.getDatabase("switchboard_routing"),
            Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void shouldRestoreAgentsAndTicketsAsTheyWereSaved() {
        MutableClock clock = new MutableClock(Events.T0);
        RoutingEngine engine = new RoutingEngine(clock);
        save(engine.agentUpdated("a-1", Events.agent("ana").skills(Map.of("billing", 3, "german", 5))
                .capacity(Map.of(Channel.EMAIL, 1, Channel.PHONE, 1)).build()));
        save(engine.presenceChanged("a-2", Events.presence("ana", AgentStatus.AVAILABLE)));
        save(engine.ticketCreated("t-1:created", Events.ticket("t-1").vip().skills("german").build()));
        clock.advance(Duration.ofSeconds(5));
        save(engine.ticketCreated("t-2:created", Events.ticket("t-2").priority(Priority.URGENT).build()));

        RoutingEngine restarted = new RoutingEngine(clock);
        restarted.restore(store.loadAgents(), store.loadTickets());

        assertThat(restarted.agents(null)).isEqualTo(engine.agents(null));
        assertThat(restarted.tickets()).containsExactlyInAnyOrderElementsOf(engine.tickets());
        assertThat(restarted.ticketCreated("t-2:created", Events.ticket("t-2").build())).isEqualTo(Decision.NONE);
    }

    @Test
    void shouldRefuseTheWritesOfAnOlderTermOnceANewLeaderClaimedTheState() {
        MutableClock clock = new MutableClock(Events.T0);
        RoutingEngine zombie = new RoutingEngine(clock);
        store.save(zombie.agentUpdated("a-1", Events.agent("ana").build()), 1);
        Decision late = zombie.presenceChanged("a-2", Events.presence("ana", AgentStatus.AVAILABLE));

        store.claim(2);

        assertThatThrownBy(() -> store.save(late, 1)).isInstanceOf(FencedException.class);
        store.save(zombie.presenceChanged("a-3", Events.presence("ana", AgentStatus.OFFLINE)), 2);
        assertThat(store.loadAgents()).singleElement().extracting(agent -> agent.status())
                .isEqualTo(AgentStatus.OFFLINE);
    }

    private void save(Decision decision) {
        store.save(decision, 1);
    }
}
