package dev.yardstick.cli;

import dev.yardstick.runtime.RunOptions;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.sandbox.Sandbox;
import dev.yardstick.sandbox.intake.DatadogIntakeSimulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code yardstick demo}: starts the sandbox (a simulated Datadog intake and simulated upstreams) on loopback,
 * runs one full collection of every available collector through the real pipeline into the intake and the jsonl
 * outbox, and prints what happened.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run every available collector against the simulated upstreams and deliver to a simulated "
                + "Datadog intake (or --datadog-url) and the outbox under var/demo.")
final class DemoCommand extends RuntimeCommand {
    static final Path DEMO_DIR = Path.of("var", "demo");

    @Option(names = "--datadog-url", paramLabel = "URL",
            description = "Send to this Datadog-compatible intake instead of the simulated one "
                    + "(give the API key with --set yardstick.datadog.api-key=...).")
    String datadogUrl;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "1",
            description = "Run N times against the same sandbox, each run a new Yardstick instance as a CronJob's "
                    + "runs are, so that only what a run saves (the HTTP cache at yardstick.http.cache.path, the "
                    + "spool) carries over; shows the GitHub answers served from the cache (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    int execute() throws Exception {
        if (runs < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1, got "
                    + runs);
        }
        try (Sandbox sandbox = Sandbox.builder().start()) {
            List<String> demoSettings = DemoSettings.of(sandbox, datadogUrl, DEMO_DIR);
            Ansi ansi = Ansi.forConsole(global().noColor);
            int exit = RunReport.OK;
            for (int run = 1; run <= runs; run++) {
                if (runs > 1) {
                    out().println((run > 1 ? System.lineSeparator() : "") + "Run " + run + " of " + runs);
                }
                exit = Math.max(exit, runOnce(sandbox, demoSettings, ansi));
            }
            return exit;
        }
    }

    private int runOnce(Sandbox sandbox, List<String> demoSettings, Ansi ansi) throws Exception {
        Yardstick.Builder builder = Yardstick.builder(global().sources(demoSettings));
        DatadogIntakeSimulator intake = sandbox.intake();
        long[] intakeBefore = {intake.acceptedPoints().size(), intake.acceptedPayloadCount(), intake.rejectedCount()};
        int answeredBefore = sandbox.github().served().size();
        long notModifiedBefore = sandbox.github().notModifiedCount();
        RunReport report;
        try (Yardstick yardstick = start(builder); RunProgress progress = RunProgress.forConsole(err(), ansi)) {
            report = yardstick.run(RunOptions.all().withListener(progress));
            RunSummary.print(report, out(), ansi);
        }
        printDestinations(intake, intakeBefore);
        out().println("Simulated GitHub: answered " + (sandbox.github().served().size() - answeredBefore)
                + " request(s), " + (sandbox.github().notModifiedCount() - notModifiedBefore)
                + " of them 304 Not Modified (conditional requests from the HTTP cache)");
        out().flush();
        return report.exitCode();
    }

    /** Prints where this run's points went; {@code before} holds the intake's counts before the run. */
    private void printDestinations(DatadogIntakeSimulator intake, long[] before) throws java.io.IOException {
        if (datadogUrl == null) {
            out().println("Simulated Datadog intake " + intake.baseUrl() + ": accepted "
                    + (intake.acceptedPoints().size() - before[0]) + " points in "
                    + (intake.acceptedPayloadCount() - before[1]) + " request(s), rejected "
                    + (intake.rejectedCount() - before[2]) + " request(s)");
        } else {
            out().println("Datadog intake " + datadogUrl + ": see the datadog sink line above");
        }
        Path outbox = DEMO_DIR.resolve("outbox");
        if (Files.isDirectory(outbox)) {
            try (Stream<Path> files = Files.list(outbox)) {
                files.sorted().forEach(file -> out().println("Outbox: " + file.toAbsolutePath()));
            }
        }
        out().flush();
    }
}
