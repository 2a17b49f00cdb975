package dev.switchboard.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Stream;

/**
 * The CPU time each part of the running system has used, read from {@code /proc} (user plus system time), so the
 * bench can say where the CPU of an event goes. The five services are their own processes; this JVM holds Kafka, the
 * Mongo stand-in and the bench's own callers and event tap, told apart by their threads' names (the JVM's own GC and
 * JIT threads serve all three and are counted with Kafka, the largest).
 * On a system without {@code /proc} (macOS, Windows) there is nothing to read and the bench says so.
 */
final class ProcessCpu {

    static final String KAFKA = "kafka broker (and this JVM's GC, JIT)";
    static final String MONGO = "mongo stand-in";
    static final String BENCH = "bench callers and tap";
    /** Every process on the machine, ours and the rest: a shared machine's other tenants compete for the cores. */
    static final String MACHINE = "machine, every process";
    static final String ELSEWHERE = "other processes on the machine";
    private static final Path PROC = Path.of("/proc");
    private static final long TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** Seconds of CPU by part: each named service process, then this JVM split into Kafka, Mongo and the bench. */
    static Optional<Map<String, Double>> sample(Map<String, Long> servicePids) {
        if (!Files.isDirectory(PROC.resolve("self"))) {
            return Optional.empty();
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        servicePids.forEach((name, pid) -> seconds.put(name, cpuSeconds(PROC.resolve(Long.toString(pid))
                .resolve("stat"))));
        Map<String, Double> ownParts = new LinkedHashMap<>();
        ownParts.put(KAFKA, 0.0);
        ownParts.put(MONGO, 0.0);
        ownParts.put(BENCH, 0.0);
        try (Stream<Path> threads = Files.list(PROC.resolve("self").resolve("task"))) {
            for (Path thread : threads.toList()) {
                Path stat = thread.resolve("stat");
                ownParts.merge(partOf(threadName(stat)), cpuSeconds(stat), Double::sum);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        // the process's own total also holds the threads that have ended: what is not the stand-in's or the bench's
        // is Kafka's (and the JVM's)
        double whole = cpuSeconds(PROC.resolve("self").resolve("stat"));
        ownParts.put(KAFKA, Math.max(0, whole - ownParts.get(MONGO) - ownParts.get(BENCH)));
        seconds.putAll(ownParts);
        machineBusySeconds().ifPresent(busy -> seconds.put(MACHINE, busy));
        return Optional.of(seconds);
    }

    /** The CPU seconds these processes have used together; empty where there is no {@code /proc}. */
    static OptionalDouble secondsOf(Collection<Long> pids) {
        if (!Files.isDirectory(PROC.resolve("self"))) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(pids.stream()
                .mapToDouble(pid -> cpuSeconds(PROC.resolve(Long.toString(pid)).resolve("stat"))).sum());
    }

    private static Optional<Double> machineBusySeconds() {
        try {
            return Files.readAllLines(PROC.resolve("stat")).stream().filter(line -> line.startsWith("cpu "))
                    .findFirst().map(ProcessCpu::busySecondsOf);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The {@code cpu} line of {@code /proc/stat}: user, nice, system, (idle, iowait,) irq, softirq, steal ticks. */
    static double busySecondsOf(String cpuLine) {
        List<String> fields = List.of(cpuLine.substring(3).trim().split("\\s+"));
        long busy = 0;
        for (int field : new int[] {0, 1, 2, 5, 6, 7}) {
            busy += Long.parseLong(fields.get(field));
        }
        return (double) busy / TICKS_PER_SECOND;
    }

    /** CPU milliseconds per event of each part between two samples. */
    static Map<String, Double> perEvent(Map<String, Double> before, Map<String, Double> after, long events) {
        Map<String, Double> perEvent = new LinkedHashMap<>();
        double total = 0;
        double ours = 0;
        for (var entry : after.entrySet()) {
            if (entry.getKey().equals(MACHINE)) {
                continue;
            }
            double used = entry.getValue() - before.getOrDefault(entry.getKey(), 0.0);
            perEvent.put(entry.getKey(), millisPer(used, events));
            total += entry.getKey().equals(BENCH) ? 0 : used;
            ours += used;
        }
        perEvent.put("system (without the bench)", millisPer(total, events));
        if (after.containsKey(MACHINE) && before.containsKey(MACHINE)) {
            double machine = after.get(MACHINE) - before.get(MACHINE);
            perEvent.put(ELSEWHERE, millisPer(Math.max(0, machine - ours), events));
        }
        return perEvent;
    }

    private static double millisPer(double seconds, long events) {
        return Math.round(10_000.0 * seconds / Math.max(1, events)) / 10.0;
    }

    /**
     * The part of this JVM a thread works for, by its name (Linux keeps 15 characters): the bench's virtual-thread
     * callers run on the default scheduler's carriers ({@code ForkJoinPool-1-worker-N}), the JDK HTTP client on
     * {@code HttpClient-N-…}, the tap on {@code event-tap}; the stand-in's threads are {@code mongo-server-…}.
     */
    static String partOf(String threadName) {
        if (threadName.startsWith("ForkJoinPool-") || threadName.startsWith("HttpClient-")
                || threadName.startsWith("event-tap")) {
            return BENCH;
        }
        return threadName.startsWith("mongo-server") ? MONGO : KAFKA;
    }

    private static String threadName(Path stat) {
        try {
            String line = Files.readString(stat);
            return line.substring(line.indexOf('(') + 1, line.lastIndexOf(')'));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /** Fields 14 and 15 of {@code stat} (utime, stime) in clock ticks; 0 for a process or thread that is gone. */
    static double cpuSeconds(Path stat) {
        try {
            return cpuSecondsOf(Files.readString(stat));
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static double cpuSecondsOf(String statLine) {
        // the name in parentheses may hold spaces: count fields after its closing parenthesis
        List<String> fields = List.of(statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" "));
        long ticks = Long.parseLong(fields.get(11)) + Long.parseLong(fields.get(12));
        return (double) ticks / TICKS_PER_SECOND;
    }
}
