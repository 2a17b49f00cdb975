package dev.switchboard.routing.leadership.persistence;

import com.mongodb.reactivestreams.client.MongoClient;
import com.mongodb.reactivestreams.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.switchboard.routing.leadership.Lease;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The lease's conditional updates against the Mongo stand-in. */
class MongoLeaseStoreIT {

    private static final Instant T0 = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration TTL = Duration.ofSeconds(6);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoLeaseStore store = new MongoLeaseStore(client.getDatabase("switchboard_routing"),
            Duration.ofSeconds(5));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void shouldGrantTheFirstTakeoverAndRefuseOthersWhileTheLeaseIsValid() {
        Optional<Lease> taken = store.takeOver("a", T0, T0.plus(TTL));

        assertThat(taken).contains(new Lease("a", 1, T0.plus(TTL)));
        assertThat(store.takeOver("b", T0.plusSeconds(5), T0.plusSeconds(11))).isEmpty();
        assertThat(store.renew("b", 1, T0.plusSeconds(11))).isEmpty();
        assertThat(store.renew("a", 1, T0.plusSeconds(9))).contains(new Lease("a", 1, T0.plusSeconds(9)));
    }

    @Test
    void shouldRaiseTheEpochOnATakeoverOfAnExpiredLeaseAndRefuseTheOldHoldersRenewal() {
        store.takeOver("a", T0, T0.plus(TTL));

        Optional<Lease> taken = store.takeOver("b", T0.plusSeconds(7), T0.plusSeconds(13));

        assertThat(taken).contains(new Lease("b", 2, T0.plusSeconds(13)));
        assertThat(store.renew("a", 1, T0.plusSeconds(14))).isEmpty();
        assertThat(store.current()).contains(new Lease("b", 2, T0.plusSeconds(13)));
    }

    @Test
    void shouldLetAnotherTakeOverAtOnceAfterARelease() {
        store.takeOver("a", T0, T0.plus(TTL));

        store.release("a", 1);

        assertThat(store.takeOver("b", T0.plusSeconds(1), T0.plusSeconds(7))).map(Lease::epoch).contains(2L);
    }
}
