package dev.yardstick.cli;

import dev.yardstick.runtime.RunOptions;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.engine.RunReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yardstick run}: collect and deliver, once or on a schedule. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the enabled collectors and deliver their points to the sinks.")
final class RunCommand extends RuntimeCommand {
    static final class Schedule {
        @Option(names = "--once", description = "Run once and exit (default).")
        boolean once;

        @Option(names = "--every", paramLabel = "DURATION",
                description = "Run repeatedly, e.g. 15m; a run never overlaps the previous one.")
        String every;
    }

    @ArgGroup(exclusive = true)
    Schedule schedule = new Schedule();

    @Option(names = "--collectors", split = ",", paramLabel = "ID", description = "Only these collectors (and what they depend on).")
    List<String> collectors = new ArrayList<>();

    @Option(names = "--at", paramLabel = "INSTANT", description = "Evaluation instant (ISO-8601), default now.")
    Instant at;

    @Option(names = "--dry-run", description = "Run the pipeline but send nothing.")
    boolean dryRun;

    @Override
    int execute() throws InterruptedException {
        RunOptions options = new RunOptions(Optional.ofNullable(at), new HashSet<>(collectors), !dryRun);
        try (Yardstick yardstick = start(runtime())) {
            if (schedule.every == null) {
                return once(yardstick, options);
            }
            Duration period = Durations.parse(schedule.every, "--every");
            Duration jitter = yardstick.startup().config().getDuration("yardstick.run.jitter");
            int last = RunReport.OK;
            while (!Thread.currentThread().isInterrupted()) {
                Instant started = Instant.now();
                last = once(yardstick, options);
                Duration rest = period.minus(Duration.between(started, Instant.now()));
                long jitterMillis = jitter.isZero() ? 0 : ThreadLocalRandom.current().nextLong(jitter.toMillis() + 1);
                Thread.sleep(Math.max(0, rest.toMillis()) + jitterMillis);
            }
            return last;
        }
    }

    private int once(Yardstick yardstick, RunOptions options) throws InterruptedException {
        RunReport report = yardstick.run(options);
        RunSummary.print(report, out());
        return report.exitCode();
    }
}
