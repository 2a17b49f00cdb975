package dev.switchboard.local.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A genuine Apache Kafka broker running inside this JVM in combined KRaft mode (broker and controller in one node).
 *
 * <p>Storage lives under the given folder and is formatted only on the first start, so a second start on the same
 * folder finds the topics and records of the first. The broker listens on {@code 127.0.0.1:<port>} for clients and on
 * {@code 127.0.0.1:<controllerPort>} for its own controller quorum. Internal topics use replication factor 1.
 *
 * <pre>{@code
 * try (KafkaBroker kafka = KafkaBroker.start(dataDir.resolve("kafka"), 9092, 9093)) {
 *     String bootstrap = kafka.bootstrapServers(); // "127.0.0.1:9092"
 * }
 * }</pre>
 *
 * <p>A second start must use the same controller port: the single voter's endpoint is recorded at format time.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);
    private static final String META_PROPERTIES = "meta.properties";

    private final KafkaRaftServer server;
    private final int port;
    private boolean closed;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /**
     * Formats the storage under {@code folder} if it has never been formatted, then starts the broker and returns
     * once it accepts clients.
     */
    public static KafkaBroker start(Path folder, int port, int controllerPort) {
        Path logDir = folder.resolve("logs").toAbsolutePath();
        Properties props = serverProperties(logDir, port, controllerPort);
        try {
            Files.createDirectories(logDir);
            if (!Files.exists(logDir.resolve(META_PROPERTIES))) {
                format(folder, logDir, props);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare Kafka storage under " + folder, e);
        }
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
        try {
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            throw new IllegalStateException("Kafka did not start on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
        log.info("Kafka broker started on 127.0.0.1:{} (data {})", port, logDir);
        return new KafkaBroker(server, port);
    }

    /** The {@code bootstrap.servers} value clients use. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Stops the broker cleanly (controlled shutdown, logs flushed) and waits until it is down. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        log.info("Kafka broker on 127.0.0.1:{} stopped", port);
    }

    static Properties serverProperties(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("controller.quorum.bootstrap.servers", "127.0.0.1:" + controllerPort);
        p.setProperty("log.dirs", logDir.toString());
        // one node: the internal topics cannot have more replicas than brokers
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // fewer offsets partitions than the default 50: a laptop broker starts faster and stays smaller
        p.setProperty("offsets.topic.num.partitions", "10");
        // consumers of a fresh group get their partitions at once instead of after 3 s
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        return p;
    }

    private static void format(Path folder, Path logDir, Properties props) throws IOException {
        Path config = folder.resolve("server.properties").toAbsolutePath();
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "written by the Switchboard local launcher to format the storage");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int rc;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            // execute(), unlike main(), reports by return code instead of calling System.exit
            rc = StorageTool.execute(new String[] {"format", "--config", config.toString(),
                    "--cluster-id", Uuid.randomUuid().toString(), "--standalone"}, print);
        }
        String text = output.toString(StandardCharsets.UTF_8).strip();
        if (rc != 0) {
            throw new IllegalStateException("Formatting Kafka storage in " + logDir + " failed (" + rc + "): " + text);
        }
        log.info("Formatted Kafka storage: {}", text);
    }
}
