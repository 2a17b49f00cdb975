package dev.switchboard.local.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** What the figures were measured on: they mean something only next to the machine that gave them. */
final class MachineFacts {

    private MachineFacts() {
    }

    static void describe(BenchResults results, Instant at) {
        results.machine("measured_at", at.toString())
                .machine("cores", Runtime.getRuntime().availableProcessors())
                .machine("cpu", cpuModel().orElse("unknown"))
                .machine("memory_bytes", totalMemory())
                .machine("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"))
                .machine("java", System.getProperty("java.vm.name") + " " + Runtime.version())
                .machine("load_average_at_start", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Optional<String> cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim())
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static long totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }
}
