package dev.switchboard.local;

import java.io.PrintStream;
import java.nio.file.Path;

import dev.switchboard.local.bench.Bench;
import dev.switchboard.local.bench.BenchPlan;
import dev.switchboard.local.bench.BenchResults;
import dev.switchboard.local.bench.FaultResults;
import dev.switchboard.local.bench.MarkdownReport;
import dev.switchboard.local.bench.ResultsWriter;
import dev.switchboard.local.faults.FaultPlan;
import dev.switchboard.local.faults.FaultReport;
import dev.switchboard.local.faults.FaultSuite;

/**
 * {@code ./switchboard bench} and {@code ./switchboard faults}: each on a throw-away system of its own, on free ports,
 * so that a system someone runs with {@code up} is left alone. Results go to {@code <repo>/bench/results/}.
 */
final class Measurements {

    static final int EXIT_FAULTS_FOUND = 3;

    private Measurements() {
    }

    /** @return the process exit code */
    static int run(LaunchOptions options, Path repo, PrintStream out) {
        String command = options.command() == LaunchOptions.Command.BENCH ? "bench" : "faults";
        Path data = Bench.freshDataDir(options.dataDir().orElse(repo.resolve(".switchboard").resolve(command))
                .toAbsolutePath());
        System.setProperty("switchboard.logs", data.resolve("logs").toString());
        System.setProperty("logback.configurationFile", "switchboard-local-logback.xml");
        Path results = repo.resolve("bench").resolve("results");
        // a Ctrl-C must not leave service JVMs behind: they are this process's children
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.current().descendants()
                .forEach(ProcessHandle::destroyForcibly), "stop-children"));
        try {
            Path jars = JarSnapshot.take(repo, data.resolve("jars"));
            if (options.command() == LaunchOptions.Command.BENCH) {
                BenchPlan plan = options.quick() ? BenchPlan.quick() : BenchPlan.full();
                BenchResults figures = new Bench(plan, jars, data.resolve("system"), out::println).run();
                figures.parameter("mode", options.quick() ? "quick" : "full");
                FaultResults.latest(results).ifPresentOrElse(figures::faultSuite, () -> figures.faultSuiteNote(
                        "not run yet on this clone: run ./switchboard faults, then the bench"));
                ResultsWriter.write(figures, results);
                out.println();
                out.print(MarkdownReport.render(figures));
                out.println("Written: " + results.resolve("latest.json") + " and latest.md");
                return 0;
            }
            FaultPlan plan = options.quick() ? FaultPlan.reduced(options.demoSettings().seed())
                    : FaultPlan.full(options.demoSettings().seed());
            FaultReport report = new FaultSuite(plan, jars, data.resolve("system"), out::println).run();
            report.write(results.resolve(FaultResults.FILE));
            out.println();
            report.toJson().forEach((key, value) -> out.println("  " + key + ": " + value));
            out.println("Written: " + results.resolve(FaultResults.FILE));
            return report.audit().clean() ? 0 : EXIT_FAULTS_FOUND;
        } catch (RuntimeException e) {
            out.println(command + " failed: " + e.getMessage());
            return SwitchboardLocal.EXIT_START_FAILED;
        }
    }
}
