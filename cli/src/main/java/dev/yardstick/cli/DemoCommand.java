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

    @Override
    int execute() throws Exception {
        try (Sandbox sandbox = Sandbox.builder().start()) {
            List<String> demoSettings = DemoSettings.of(sandbox, datadogUrl, DEMO_DIR);
            Yardstick.Builder builder = Yardstick.builder(global().sources(demoSettings));
            Ansi ansi = Ansi.forConsole(global().noColor);
            try (Yardstick yardstick = start(builder); RunProgress progress = RunProgress.forConsole(err(), ansi)) {
                RunReport report = yardstick.run(RunOptions.all().withListener(progress));
                RunSummary.print(report, out(), ansi);
                printDestinations(sandbox.intake(), report);
                return report.exitCode();
            }
        }
    }

    private void printDestinations(DatadogIntakeSimulator intake, RunReport report) throws java.io.IOException {
        if (datadogUrl == null) {
            out().println("Simulated Datadog intake " + intake.baseUrl() + ": accepted "
                    + intake.acceptedPoints().size() + " points in " + intake.acceptedPayloadCount()
                    + " request(s), rejected " + intake.rejectedCount() + " request(s)");
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
