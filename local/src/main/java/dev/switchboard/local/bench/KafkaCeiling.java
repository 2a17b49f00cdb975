package dev.switchboard.local.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The physical ceiling: Kafka's own {@code ProducerPerformance} in its own JVM, on its own class path
 * ({@code local/target/kafka-tools}, filled by the build), against the very broker the services use, with acks=all
 * and idempotence as the services produce, and the record size of the intake events.
 */
final class KafkaCeiling {

    static final String TOPIC = "bench.ceiling";
    private static final String TOOL = "org.apache.kafka.tools.ProducerPerformance";

    private final Path toolsDir;
    private final String bootstrapServers;

    KafkaCeiling(Path repoRoot, String bootstrapServers) {
        this.toolsDir = repoRoot.resolve("local").resolve("target").resolve("kafka-tools");
        this.bootstrapServers = bootstrapServers;
    }

    /** @param partitions as many as the intake topic, so that the tool spreads load as the services do */
    OptionalDouble measure(long records, int recordSize, int partitions, Path logFile) {
        if (!Files.isDirectory(toolsDir)) {
            throw new IllegalStateException(toolsDir + " is missing: build with ./mvnw -DskipTests install");
        }
        createTopic(partitions);
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", toolsDir + "/*", TOOL,
                "--topic", TOPIC, "--num-records", Long.toString(records), "--record-size", Integer.toString(recordSize),
                "--throughput", "-1", "--producer-props", "bootstrap.servers=" + bootstrapServers, "acks=all",
                "enable.idempotence=true", "linger.ms=5");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(logFile.toFile()).start();
            if (!process.waitFor(Duration.ofMinutes(5).toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("ProducerPerformance did not finish within 5 minutes; see " + logFile);
            }
            return ProducerPerformanceOutput.recordsPerSecond(Files.readString(logFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + TOOL + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void createTopic(int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            // a bounded topic: a million 500-byte records would otherwise stay on disk
            NewTopic topic = new NewTopic(TOPIC, partitions, (short) 1)
                    .configs(Map.of("retention.bytes", Long.toString(64L * 1024 * 1024), "segment.bytes",
                            Long.toString(16L * 1024 * 1024)));
            admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                throw new IllegalStateException("Cannot create " + TOPIC + ": " + e.getMessage(), e);
            }
        }
    }
}
