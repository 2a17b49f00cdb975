package dev.switchboard.ticket.lifecycle.persistence;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterAll;

import java.net.InetSocketAddress;

/** The write side on the Mongo stand-in that local mode runs. */
class MongoTicketWriteStoreIT extends TicketWriteStoreContract {

    private static final MongoServer SERVER = new MongoServer(new MemoryBackend());
    private static final InetSocketAddress ADDRESS = SERVER.bind();

    @AfterAll
    static void stop() {
        SERVER.shutdownNow();
    }

    @Override
    String connectionString() {
        return "mongodb://127.0.0.1:" + ADDRESS.getPort();
    }
}
