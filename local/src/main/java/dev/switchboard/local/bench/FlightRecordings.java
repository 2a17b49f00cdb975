package dev.switchboard.local.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Java Flight Recordings of several JVMs over one phase of the bench, started and stopped from outside with
 * {@code jcmd} (the JDK's {@code profile} settings: execution samples every 10–20 ms, every GC pause, CPU load each
 * second). Open a file with JDK Mission Control or {@code jfr view hot-methods <file>}.
 */
final class FlightRecordings {

    private static final String NAME = "switchboard-bench";

    private record Started(long pid, Path file) {
    }

    private final Map<String, Started> recording = new LinkedHashMap<>();
    private final Consumer<String> warn;

    private FlightRecordings(Consumer<String> warn) {
        this.warn = warn;
    }

    /**
     * Starts one recording per process; a process jcmd cannot reach is left out with a warning, not a failed phase.
     *
     * @param pids   process name → pid, e.g. {@code analytics-service → 4242}
     * @param folder where {@code <phase>-<name>.jfr} is written when the recordings stop
     */
    static FlightRecordings start(Map<String, Long> pids, Path folder, String phase, Consumer<String> warn) {
        FlightRecordings recordings = new FlightRecordings(warn);
        try {
            Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            warn.accept("no flight recordings: cannot create " + folder + ": " + e.getMessage());
            return recordings;
        }
        pids.forEach((name, pid) -> {
            Path file = folder.resolve(phase + "-" + name + ".jfr");
            try {
                Jcmd.run(pid, "JFR.start", "name=" + NAME, "settings=profile", "filename=" + file);
                recordings.recording.put(name, new Started(pid, file));
            } catch (IllegalStateException e) {
                warn.accept("no flight recording of " + name + ": " + e.getMessage());
            }
        });
        return recordings;
    }

    /** Stops every recording; returns the files written, by process name. */
    Map<String, Path> stop() {
        Map<String, Path> written = new LinkedHashMap<>();
        recording.forEach((name, started) -> {
            try {
                Jcmd.run(started.pid(), "JFR.stop", "name=" + NAME);
                written.put(name, started.file());
            } catch (IllegalStateException e) {
                warn.accept("flight recording of " + name + " not written: " + e.getMessage());
            }
        });
        recording.clear();
        return written;
    }
}
