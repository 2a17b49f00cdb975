package dev.switchboard.local.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service running as its own JVM ({@code <this JVM's java> -Xmx384m <jvm options> -jar <jar> <args>}), with its output appended
 * to a log file, and a supervisor that starts it again when it dies without being asked to stop.
 *
 * <pre>{@code
 * ServiceProcess ticket = new ServiceProcess("ticket-service", jar, List.of("--server.port=8081"), 8081, logs);
 * ticket.start();
 * ticket.awaitReady(Duration.ofMinutes(3)); // GET /actuator/health/readiness answered 200
 * ticket.kill();                            // like kill -9: the supervisor brings it back
 * ticket.awaitReady(Duration.ofMinutes(3));
 * ticket.stop();                            // SIGTERM, then forcibly after a grace period; no restart
 * }</pre>
 */
public final class ServiceProcess {

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration FIRST_RESTART_DELAY = Duration.ofSeconds(1);
    private static final Duration MAX_RESTART_DELAY = Duration.ofSeconds(30);
    /** A process that lived shorter than this is crashing on start: restart it more slowly each time. */
    private static final Duration HEALTHY_UPTIME = Duration.ofSeconds(60);

    private final String name;
    private final Path jar;
    private final List<String> jvmOptions;
    private final List<String> args;
    private final int port;
    private final Path logFile;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService supervisor;

    private Process process;
    private Instant startedAt;
    private Duration restartDelay = FIRST_RESTART_DELAY;
    private int restarts;
    private boolean stopping;

    /**
     * @param name       the service name, used for the log file {@code <logDir>/<name>.log}
     * @param jar        the service's executable Boot jar
     * @param jvmOptions JVM options after the heap limit, e.g. {@code -XX:SoftRefLRUPolicyMSPerMB=0}
     * @param args       program arguments, e.g. {@code --server.port=8081}
     * @param port       the HTTP port its actuator answers on
     * @param logDir     folder of the log file (created if missing)
     */
    public ServiceProcess(String name, Path jar, List<String> jvmOptions, List<String> args, int port, Path logDir) {
        this.name = name;
        this.jar = jar;
        this.jvmOptions = List.copyOf(jvmOptions);
        this.args = List.copyOf(args);
        this.port = port;
        this.logFile = logDir.resolve(name + ".log");
        this.supervisor = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform()
                .name("supervisor-" + name).daemon(true).factory());
    }

    /** A service with no JVM options beyond the heap limit. */
    public ServiceProcess(String name, Path jar, List<String> args, int port, Path logDir) {
        this(name, jar, List.of(), args, port, logDir);
    }

    /** Starts the JVM (does not wait for readiness). */
    public synchronized void start() {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(name + ": jar " + jar + " is missing; build it with ./mvnw -DskipTests install");
        }
        stopping = false;
        launch();
    }

    private void launch() {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "---- " + Instant.now() + " starting " + String.join(" ", command()) + "\n",
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            process = new ProcessBuilder(command())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": cannot start " + jar, e);
        }
        startedAt = Instant.now();
        Process watched = process;
        watched.onExit().thenRun(() -> onExit(watched));
    }

    List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.add("-Xmx384m");
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return command;
    }

    /** The java binary of this very JVM, so that the services run on the JDK the launcher was started with. */
    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private synchronized void onExit(Process exited) {
        if (stopping || exited != process) {
            return;
        }
        Duration uptime = Duration.between(startedAt, Instant.now());
        restartDelay = uptime.compareTo(HEALTHY_UPTIME) >= 0 ? FIRST_RESTART_DELAY
                : min(restartDelay.multipliedBy(2), MAX_RESTART_DELAY);
        supervisor.schedule(() -> restart(exited.exitValue(), uptime), restartDelay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void restart(int exitCode, Duration uptime) {
        // decided only now: Ctrl-C in a terminal signals the services too, a moment before the launcher stops them
        if (stopping || process.isAlive()) {
            return;
        }
        log.warn("{} exited unexpectedly (code {}, up {} s); restarting it, see {}", name, exitCode,
                uptime.toSeconds(), logFile);
        restarts++;
        launch();
    }

    /**
     * Waits until {@code GET /actuator/health/readiness} answers 200.
     *
     * @throws IllegalStateException naming the log file, when the timeout passes first
     */
    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        HttpRequest request = HttpRequest.newBuilder(readinessUri()).timeout(Duration.ofSeconds(5)).GET().build();
        while (Instant.now().isBefore(deadline)) {
            if (answers200(request)) {
                return;
            }
            try {
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(name + ": interrupted while waiting for readiness", e);
            }
        }
        throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds() + " s ("
                + readinessUri() + "); see its log " + logFile);
    }

    private boolean answers200(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the service for good: SIGTERM, then destroyForcibly after a grace period. Idempotent. */
    public void stop() {
        Process current;
        synchronized (this) {
            stopping = true;
            current = process;
        }
        if (current == null || !current.isAlive()) {
            return;
        }
        current.destroy();
        try {
            if (!current.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{} did not stop within {} s; killing it", name, STOP_GRACE.toSeconds());
                current.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            current.destroyForcibly();
        }
    }

    /** Kills the JVM at once (like {@code kill -9}); the supervisor starts it again, as it would after a crash. */
    public void kill() {
        Process current;
        synchronized (this) {
            current = process;
        }
        if (current != null) {
            current.destroyForcibly();
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return port;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path logFile() {
        return logFile;
    }

    /** How many times the supervisor started the service again after it died. */
    public synchronized int restarts() {
        return restarts;
    }

    public synchronized boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The operating-system id of the current JVM, or -1 before the first start. */
    public synchronized long pid() {
        return process == null ? -1 : process.pid();
    }

    private URI readinessUri() {
        return URI.create(baseUrl() + "/actuator/health/readiness");
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
