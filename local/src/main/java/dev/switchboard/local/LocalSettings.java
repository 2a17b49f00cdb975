package dev.switchboard.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How to run a {@link LocalSystem}.
 *
 * @param dataDir          Kafka's storage, the Mongo file and the services' logs ({@code <dataDir>/logs})
 * @param repoRoot         the repository root; the services' jars are {@code <repoRoot>/<service>/target/<service>.jar}
 * @param ports            every port the system listens on
 * @param persistentMongo  {@code true}: H2 file under {@code <dataDir>/mongo}; {@code false}: memory only
 * @param extraArgs        appended to every service's command line, e.g. {@code --logging.level.root=WARN}
 * @param readinessTimeout how long each service may take to report ready
 */
public record LocalSettings(Path dataDir, Path repoRoot, Ports ports, boolean persistentMongo, List<String> extraArgs,
                            Duration readinessTimeout) {

    public LocalSettings {
        dataDir = dataDir.toAbsolutePath();
        repoRoot = repoRoot.toAbsolutePath();
        extraArgs = List.copyOf(extraArgs);
    }

    /** The standard ports, persistent Mongo, no extra arguments, three minutes to get ready. */
    public static LocalSettings standard(Path repoRoot, Path dataDir) {
        return new LocalSettings(dataDir, repoRoot, Ports.standard(), true, List.of(), Duration.ofMinutes(3));
    }

    /** Random free ports and in-memory Mongo: what a test that must not disturb a running system wants. */
    public static LocalSettings forTests(Path repoRoot, Path dataDir) {
        return new LocalSettings(dataDir, repoRoot, Ports.randomFree(), false, List.of(), Duration.ofMinutes(4));
    }

    public LocalSettings withPorts(Ports newPorts) {
        return new LocalSettings(dataDir, repoRoot, newPorts, persistentMongo, extraArgs, readinessTimeout);
    }

    /** {@code true}: the H2 file, which outlives a stop and start of the stand-in (the fault suite needs that). */
    public LocalSettings withPersistentMongo(boolean persistent) {
        return new LocalSettings(dataDir, repoRoot, ports, persistent, extraArgs, readinessTimeout);
    }

    public LocalSettings withExtraArgs(List<String> args) {
        return new LocalSettings(dataDir, repoRoot, ports, persistentMongo, args, readinessTimeout);
    }

    public LocalSettings withReadinessTimeout(Duration timeout) {
        return new LocalSettings(dataDir, repoRoot, ports, persistentMongo, extraArgs, timeout);
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }
}
