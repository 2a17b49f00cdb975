package dev.switchboard.local.mongo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MongoDB stand-in of local mode: de.bwaldvogel mongo-java-server speaking the wire protocol on
 * {@code 127.0.0.1:<port>}, with either an H2 file (data survives a clean stop) or memory (tests).
 *
 * <pre>{@code
 * try (MongoStandIn mongo = MongoStandIn.persistent(dataDir.resolve("mongo"), 27017)) {
 *     String uri = mongo.connectionString("switchboard_tickets"); // mongodb://127.0.0.1:27017/switchboard_tickets
 * }
 * }</pre>
 *
 * <p>See {@code shared/FACTS.md} for what the stand-in lacks (transactions, TTL, change streams, {@code hello}, ...).
 */
public final class MongoStandIn implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoStandIn.class);
    static final String H2_FILE = "switchboard.mv.db";

    private final MongoServer server;
    private final int port;
    private boolean closed;

    private MongoStandIn(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts the stand-in with its data in an H2 file under {@code folder}; a later start reopens that data. */
    public static MongoStandIn persistent(Path folder, int port) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
        Path file = folder.resolve(H2_FILE).toAbsolutePath();
        log.info("Mongo stand-in data: {}", file);
        return start(new IdIndexedH2Backend(file.toString()), port);
    }

    /** Starts the stand-in with its data in memory only (gone on close). */
    public static MongoStandIn inMemory(int port) {
        return start(new IdIndexedMemoryBackend(), port);
    }

    private static MongoStandIn start(MongoBackend backend, int port) {
        MongoServer server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            backend.close();
            throw new IllegalStateException("Mongo stand-in cannot listen on 127.0.0.1:" + port, e);
        }
        log.info("Mongo stand-in listening on 127.0.0.1:{}", port);
        return new MongoStandIn(server, port);
    }

    /** A connection string for one database, e.g. {@code mongodb://127.0.0.1:27017/switchboard_tickets}. */
    public String connectionString(String database) {
        return "mongodb://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Closes the connections and the backend, so an H2 file is left consistent. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // shutdown() (not shutdownNow()) lets in-flight commands finish, then closes the backend and its H2 store
        server.shutdown();
        log.info("Mongo stand-in on 127.0.0.1:{} stopped", port);
    }
}
