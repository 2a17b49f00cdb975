package dev.switchboard.local;

import java.nio.file.Path;
import java.util.Optional;

import dev.switchboard.local.demo.DemoSettings;

/**
 * The parsed command line of {@code ./switchboard}: {@code up [--demo] [--data DIR] [--rate N] [--seed N]},
 * {@code bench [--quick]}, {@code faults [--quick] [--seed N]} or {@code help}.
 *
 * @param dataDir empty: the default {@code <repo>/.switchboard/data} ({@code up}) or a fresh folder under
 *                {@code <repo>/.switchboard/} (bench, faults)
 * @param quick   bench and faults: the reduced form (smaller counts, fewer scenarios), to check the harness itself
 */
public record LaunchOptions(Command command, boolean demo, Optional<Path> dataDir, DemoSettings demoSettings,
                            boolean quick) {

    public enum Command { UP, BENCH, FAULTS, HELP }

    public static final String USAGE = """
            Usage: ./switchboard <command> [options]

            Commands:
              up      build what is missing, then start Kafka, the Mongo stand-in and the five services
                      (gateway http://localhost:8080); Ctrl-C stops everything
              bench   start a fresh system on free ports, measure it against Kafka's own ceiling, write
                      bench/results/latest.json and latest.md, stop it again
              faults  start a fresh system on free ports, run the fault suite under simulated load (kill -9 and
                      restart each service, restart Kafka and the Mongo stand-in, poison records on every input
                      topic), audit the topics and the stores, write bench/results/faults-latest.json
              help    show this text

            Options of up:
              --demo          also run a simulated contact center (agents, customers, tickets) through the gateway
              --data DIR      where Kafka, MongoDB and the logs keep their data (default <repo>/.switchboard/data);
                              a second run on the same folder finds the tickets of the first
              --rate N        demo: tickets per minute, arriving as a Poisson process (default 10)
              --seed N        demo: seed of every random decision, for a repeatable run (default 42)

            Options of bench and faults:
              --quick         the reduced form: smaller counts and fewer scenarios (minutes instead of a quarter hour)
              --seed N        faults: seed of the simulated load (default 42)
              --data DIR      where the throw-away system keeps its data (default <repo>/.switchboard/<command>)
            """;

    /** @throws IllegalArgumentException with a message fit for the user, when the arguments make no sense */
    public static LaunchOptions parse(String... args) {
        if (args.length == 0 || isHelp(args[0])) {
            return new LaunchOptions(Command.HELP, false, Optional.empty(), defaultDemo(), false);
        }
        Command command = switch (args[0]) {
            case "up" -> Command.UP;
            case "bench" -> Command.BENCH;
            case "faults" -> Command.FAULTS;
            default -> throw new IllegalArgumentException("Unknown command '" + args[0] + "'");
        };
        boolean demo = false;
        boolean quick = false;
        Path data = null;
        double rate = DemoSettings.DEFAULT_RATE;
        long seed = DemoSettings.DEFAULT_SEED;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = upOnly(command, "--demo");
                case "--quick" -> quick = notUp(command, "--quick");
                case "--data" -> data = Path.of(value(args, ++i, "--data"));
                case "--rate" -> rate = number(value(args, ++i, "--rate"), "--rate");
                case "--seed" -> seed = (long) number(value(args, ++i, "--seed"), "--seed");
                default -> throw new IllegalArgumentException("Unknown option '" + args[i] + "'");
            }
        }
        if (!(rate > 0)) {
            throw new IllegalArgumentException("--rate must be a positive number of tickets per minute");
        }
        return new LaunchOptions(command, demo, Optional.ofNullable(data), new DemoSettings(rate, seed), quick);
    }

    private static boolean upOnly(Command command, String option) {
        if (command != Command.UP) {
            throw new IllegalArgumentException(option + " belongs to 'up'");
        }
        return true;
    }

    private static boolean notUp(Command command, String option) {
        if (command == Command.UP) {
            throw new IllegalArgumentException(option + " belongs to 'bench' and 'faults'");
        }
        return true;
    }

    private static boolean isHelp(String arg) {
        return arg.equals("help") || arg.equals("--help") || arg.equals("-h");
    }

    private static DemoSettings defaultDemo() {
        return new DemoSettings(DemoSettings.DEFAULT_RATE, DemoSettings.DEFAULT_SEED);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static double number(String text, String option) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a number, not '" + text + "'");
        }
    }
}
