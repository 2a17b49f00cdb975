package dev.switchboard.local.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the JDK's {@code jcmd} against one JVM, this one included, and returns what it printed. */
final class Jcmd {

    private static final long TIMEOUT_SECONDS = 60;

    private Jcmd() {
    }

    /** e.g. {@code run(pid, "GC.class_histogram")}; fails with jcmd's first lines when it does not exit with 0. */
    static String run(long pid, String... command) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(pid));
        line.addAll(List.of(command));
        Path output = null;
        try {
            // into a file, not a pipe: the JVM writes a histogram while every thread of the measured one stands at a
            // safepoint, so a reader in that JVM (a probe of its own heap) could never drain a full pipe
            output = Files.createTempFile("jcmd-" + pid + "-", ".txt");
            Process process = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean exited = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            String printed = Files.readString(output);
            if (!exited || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("jcmd " + pid + " " + String.join(" ", command) + " failed: "
                        + printed.lines().limit(2).toList());
            }
            return printed;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run jcmd (a JDK, not a JRE, is needed): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            deleteQuietly(output);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a left-over temporary file is not worth failing a measurement for
        }
    }
}
