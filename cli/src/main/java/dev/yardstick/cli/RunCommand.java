package dev.yardstick.cli;

import dev.yardstick.runtime.RunOptions;
import dev.yardstick.runtime.Schedule;
import dev.yardstick.runtime.ScheduledRuns;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.engine.RunReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yardstick run}: collect and deliver, once or on a schedule. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the enabled collectors and deliver their points to the sinks.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every collector succeeded and every point was delivered",
            "1:partial: a collector failed or timed out, or points were dropped (by a sink, or by the pipeline's "
                + "cardinality cap or value checks) or spooled for the next run",
            "2:usage or configuration error (nothing ran)",
            "3:stopped by SIGTERM: every collected point was delivered or spooled within run.shutdown-grace",
            "143:stopped by SIGTERM and the grace period ran out"})
final class RunCommand extends RuntimeCommand {
    static final class Repeat {
        @Option(names = "--once", description = "Run once and exit (default).")
        boolean once;

        @Option(names = "--every", paramLabel = "DURATION",
                description = "Run repeatedly, e.g. 15m; a run never overlaps the previous one.")
        String every;
    }

    @ArgGroup(exclusive = true)
    Repeat schedule = new Repeat();

    @Option(names = "--collectors", split = ",", paramLabel = "ID", description = "Only these collectors (and what they depend on).")
    List<String> collectors = new ArrayList<>();

    @Option(names = "--at", paramLabel = "INSTANT", description = "Evaluation instant (ISO-8601), default now.")
    Instant at;

    @Option(names = "--dry-run", description = "Run the pipeline but send nothing.")
    boolean dryRun;

    @Override
    int execute() throws InterruptedException {
        Ansi ansi = Ansi.forConsole(global().noColor);
        ShutdownHook hook;
        int code;
        Optional<RunReport> last;
        try (Yardstick yardstick = start(runtime()); RunProgress progress = RunProgress.forConsole(err(), ansi)) {
            hook = ShutdownHook.install(yardstick, err());
            RunOptions options = new RunOptions(Optional.ofNullable(at), new HashSet<>(collectors), !dryRun,
                    progress);
            if (schedule.every == null) {
                RunReport report = yardstick.run(options);
                RunSummary.print(report, out(), ansi);
                last = Optional.of(report);
                code = report.exitCode();
            } else {
                Schedule every = Schedule.configured(options).every(Durations.parse(schedule.every, "--every"));
                ScheduledRuns runs = yardstick.schedule(every, report -> RunSummary.print(report, out(), ansi));
                runs.awaitStopped();
                runs.failure().ifPresent(failure -> err().println("Scheduled runs stopped: " + failure));
                last = runs.lastReport();
                code = runs.failure().isPresent() ? RunReport.PARTIAL
                        : last.map(RunReport::exitCode).orElse(RunReport.OK);
            }
        }
        out().flush();
        return hook.exit(code, last);
    }
}
