package dev.switchboard.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.switchboard.local.service.SwitchboardService;

/**
 * How to run a {@link LocalSystem}.
 *
 * @param dataDir          Kafka's storage, the Mongo file and the services' logs ({@code <dataDir>/logs})
 * @param repoRoot         the repository root; the services' jars are {@code <repoRoot>/<service>/target/<service>.jar}
 * @param ports            every port the system listens on
 * @param persistentMongo  {@code true}: H2 file under {@code <dataDir>/mongo}; {@code false}: memory only
 * @param extraArgs        appended to every service's command line, e.g. {@code --logging.level.root=WARN}
 * @param readinessTimeout how long each service may take to report ready
 * @param jvmOptions       JVM options for one service's JVM beyond the heap limit, e.g. the bench's
 *                         {@code -XX:SoftRefLRUPolicyMSPerMB=0} for sla-service
 */
public record LocalSettings(Path dataDir, Path repoRoot, Ports ports, boolean persistentMongo, List<String> extraArgs,
                            Duration readinessTimeout, Map<SwitchboardService, List<String>> jvmOptions) {

    public LocalSettings {
        dataDir = dataDir.toAbsolutePath();
        repoRoot = repoRoot.toAbsolutePath();
        extraArgs = List.copyOf(extraArgs);
        jvmOptions = Map.copyOf(jvmOptions);
    }

    public LocalSettings(Path dataDir, Path repoRoot, Ports ports, boolean persistentMongo, List<String> extraArgs,
                         Duration readinessTimeout) {
        this(dataDir, repoRoot, ports, persistentMongo, extraArgs, readinessTimeout, Map.of());
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
        return new LocalSettings(dataDir, repoRoot, newPorts, persistentMongo, extraArgs, readinessTimeout, jvmOptions);
    }

    /** {@code true}: the H2 file, which outlives a stop and start of the stand-in (the fault suite needs that). */
    public LocalSettings withPersistentMongo(boolean persistent) {
        return new LocalSettings(dataDir, repoRoot, ports, persistent, extraArgs, readinessTimeout, jvmOptions);
    }

    public LocalSettings withExtraArgs(List<String> args) {
        return new LocalSettings(dataDir, repoRoot, ports, persistentMongo, args, readinessTimeout, jvmOptions);
    }

    public LocalSettings withReadinessTimeout(Duration timeout) {
        return new LocalSettings(dataDir, repoRoot, ports, persistentMongo, extraArgs, timeout, jvmOptions);
    }

    /** Replaces the JVM options of one service. */
    public LocalSettings withJvmOptions(SwitchboardService service, List<String> options) {
        Map<SwitchboardService, List<String>> changed = new EnumMap<>(SwitchboardService.class);
        changed.putAll(jvmOptions);
        changed.put(service, List.copyOf(options));
        return new LocalSettings(dataDir, repoRoot, ports, persistentMongo, extraArgs, readinessTimeout, changed);
    }

    /** The JVM options of one service beyond the heap limit; none unless set. */
    public List<String> jvmOptionsOf(SwitchboardService service) {
        return jvmOptions.getOrDefault(service, List.of());
    }

    public Path logDir() {
        return dataDir.resolve("logs");
    }
}
