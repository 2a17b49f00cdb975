package dev.switchboard.analytics.agent.persistence;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.analytics.agent.AgentTimeline;
import dev.switchboard.analytics.agent.AgentTimeline.Mark;
import dev.switchboard.analytics.agent.AgentTimeline.TicketHandling;
import dev.switchboard.analytics.fact.Cell;
import dev.switchboard.analytics.fact.Contribution;
import dev.switchboard.analytics.fact.HandlingInterval;
import dev.switchboard.analytics.fact.KpiNames;
import dev.switchboard.analytics.fact.PendingDelta;
import dev.switchboard.events.agent.AgentStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static dev.switchboard.analytics.fact.TicketEvents.at;
import static org.assertj.core.api.Assertions.assertThat;

/** Agents' timelines on the Mongo stand-in: stored whole, versioned writes, clears that increment the version. */
class MongoAgentTimelineStoreIT {

    private MongoServer server;
    private MongoClient client;
    private MongoAgentTimelineStore store;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        store = new MongoAgentTimelineStore(client.getDatabase("a").getCollection("agent_timelines"),
                Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void shouldStoreATimelineWholeAndClearItsPendingDeltasOneVersionOn() {
        PendingDelta delta = new PendingDelta(1, Map.of(new Contribution(at(0), new Cell("billing", "ann", null,
                null, null), Contribution.Kind.COUNT, KpiNames.SIGNED_IN_CHANGE, 1), 1L));
        AgentTimeline timeline = new AgentTimeline("ann", 1,
                List.of(new Mark<>(at(0), AgentStatus.AVAILABLE, "p1"), new Mark<>(at(60), AgentStatus.OFFLINE, "p2")),
                List.of(new Mark<>(at(-60), "billing", "u1")),
                Map.of("t-1", new TicketHandling(3, List.of(new HandlingInterval(at(10), at(20)),
                        new HandlingInterval(at(30), null)))),
                List.of(delta));

        assertThat(store.insert(timeline)).isTrue();
        assertThat(store.insert(timeline)).isFalse();
        assertThat(store.find("ann")).contains(timeline);
        assertThat(store.pendingTokens(List.of("ann", "bob"))).containsExactly("agent:ann@1");

        store.clearPending("ann", List.of(1L));

        assertThat(store.find("ann")).get().satisfies(stored -> {
            assertThat(stored.version()).isEqualTo(2);
            assertThat(stored.pendingDeltas()).isEmpty();
        });
        assertThat(store.replace(timeline.withVersion(2), 1)).as("written from a read before the clear").isFalse();
        assertThat(store.pendingTokens(List.of("ann"))).isEmpty();
    }
}
