package dev.switchboard.local;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.switchboard.local.demo.Demo;
import dev.switchboard.local.service.SwitchboardService;

/**
 * {@code ./switchboard up [--demo]}: the whole system on this machine, until Ctrl-C. Exit code 2 when a port is taken,
 * 1 when the system cannot start for another reason, 64 for a bad command line.
 */
public final class SwitchboardLocal {

    static final int EXIT_START_FAILED = 1;
    static final int EXIT_PORT_TAKEN = 2;
    static final int EXIT_USAGE = 64;

    /** The local profile's development keys, with the role each carries (see shared/CONTRACT.md). */
    static final Map<String, String> DEVELOPMENT_KEYS = new LinkedHashMap<>();

    static {
        DEVELOPMENT_KEYS.put("dev-platform-key", "PLATFORM  create tickets, post ticket events, set presence");
        DEVELOPMENT_KEYS.put("dev-agent-key", "AGENT     acts as agent 'agent-dev'");
        DEVELOPMENT_KEYS.put("dev-manager-key", "MANAGER   read tickets, queues, agents, escalations, analytics");
        DEVELOPMENT_KEYS.put("dev-admin-key", "ADMIN     what MANAGER may, plus agents and SLA policies");
    }

    private SwitchboardLocal() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = System.out;
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println();
            System.err.print(LaunchOptions.USAGE);
            System.exit(EXIT_USAGE);
            return;
        }
        if (options.command() == LaunchOptions.Command.HELP) {
            out.print(LaunchOptions.USAGE);
            return;
        }
        Path repo = repoRoot();
        if (options.command() == LaunchOptions.Command.BENCH || options.command() == LaunchOptions.Command.FAULTS) {
            System.exit(Measurements.run(options, repo, out));
            return;
        }
        Path data = options.dataDir().orElse(repo.resolve(".switchboard").resolve("data")).toAbsolutePath();
        LocalSettings settings = LocalSettings.standard(repo, data);
        // before the first logger exists: Kafka's and Mongo's chatter goes to a file, the console stays readable
        System.setProperty("switchboard.logs", settings.logDir().toString());
        System.setProperty("logback.configurationFile", "switchboard-local-logback.xml");

        try {
            // before anything starts, and before the shutdown hook that would report stopping what never ran
            PortCheck.requireFree(settings.ports().purposes());
        } catch (PortInUseException e) {
            System.err.println(e.getMessage());
            System.exit(EXIT_PORT_TAKEN);
        }
        out.println("Data folder: " + data + " (delete it to start from scratch)");
        out.println("Starting Kafka, the Mongo stand-in and the five services; this takes a minute...");
        LocalSystem system = new LocalSystem(settings);
        Demo[] demo = new Demo[1];
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("Stopping Switchboard...");
            if (demo[0] != null) {
                demo[0].close();
            }
            system.close();
            out.println("Stopped.");
        }, "switchboard-shutdown"));
        try {
            system.start();
        } catch (PortInUseException e) {
            System.err.println(e.getMessage());
            System.exit(EXIT_PORT_TAKEN);
        } catch (RuntimeException e) {
            System.err.println("Switchboard did not start: " + e.getMessage());
            System.exit(EXIT_START_FAILED);
        }
        printWelcome(out, settings);
        if (options.demo()) {
            demo[0] = Demo.start(system.gatewayUrl(), options.demoSettings(), out::println);
            out.printf("Demo running: %.1f tickets per minute, seed %d; a summary line every minute.%n",
                    options.demoSettings().ticketsPerMinute(), options.demoSettings().seed());
        }
        // everything runs on other threads; Ctrl-C runs the shutdown hook
        Thread.currentThread().join();
    }

    /** Where the jars are: the script passes it; otherwise the working directory. */
    static Path repoRoot() {
        String home = System.getProperty("switchboard.home");
        return Path.of(home != null ? home : "").toAbsolutePath();
    }

    static void printWelcome(PrintStream out, LocalSettings settings) {
        Ports ports = settings.ports();
        out.println();
        out.println("Switchboard is running.");
        out.printf("  %-18s http://localhost:%d%n", "gateway", ports.gateway());
        for (SwitchboardService service : SwitchboardService.values()) {
            if (service != SwitchboardService.GATEWAY) {
                out.printf("  %-18s http://localhost:%d%n", service.serviceName(), ports.of(service));
            }
        }
        out.printf("  %-18s 127.0.0.1:%d%n", "Kafka", ports.kafka());
        out.printf("  %-18s mongodb://127.0.0.1:%d%n", "MongoDB", ports.mongo());
        out.printf("  %-18s %s%n", "data", settings.dataDir());
        out.printf("  %-18s %s%n", "logs", settings.logDir());
        out.println("Development API keys (local profile only; send as X-API-Key):");
        DEVELOPMENT_KEYS.forEach((key, role) -> out.printf("  %-18s %s%n", key, role));
        out.println("Try:");
        out.printf("  curl -si -X POST http://localhost:%d/api/v1/tickets -H 'X-API-Key: dev-platform-key' "
                + "-H 'Content-Type: application/json' -d '{\"channel\":\"EMAIL\",\"subject\":\"Hello\","
                + "\"priority\":\"NORMAL\",\"customer\":{\"id\":\"c-1\"}}'%n", ports.gateway());
        out.println("Ctrl-C stops everything.");
    }
}
