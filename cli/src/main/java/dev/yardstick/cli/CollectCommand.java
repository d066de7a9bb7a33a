package dev.yardstick.cli;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.RunOptions;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.engine.CollectorOutcome;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.runtime.sink.ConsoleSink;
import dev.yardstick.runtime.sink.PointJson;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yardstick collect NAME}: run one collector and print its points; nothing is sent. */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Run one collector (and what it depends on) and print its points. Nothing is sent.")
final class CollectCommand extends RuntimeCommand {
    @Parameters(paramLabel = "NAME", description = "The collector id, e.g. github or github/oss.")
    String name;

    @Option(names = "--json", description = "Print a JSON array of points.")
    boolean json;

    @Option(names = "--at", paramLabel = "INSTANT", description = "Evaluation instant (ISO-8601), default now.")
    Instant at;

    @Override
    int execute() throws InterruptedException {
        try (Yardstick yardstick = start(runtime().withoutConfiguredSinks())) {
            RunReport report = yardstick.run(new RunOptions(Optional.ofNullable(at), Set.of(name), false));
            List<MetricPoint> points = report.processed().getOrDefault(name, List.of());
            if (json) {
                out().println(PointJson.toJsonArray(points));
            } else {
                out().print(ConsoleSink.format(points));
            }
            out().flush();
            CollectorOutcome outcome = report.outcomes().stream().filter(o -> o.id().equals(name)).findFirst()
                    .orElseThrow();
            for (CollectFailure failure : outcome.failures()) {
                err().println(name + " " + failure.section() + " " + failure.kind() + ": " + failure.message());
            }
            return outcome.succeeded() ? RunReport.OK : RunReport.PARTIAL;
        }
    }
}
