package dev.yardstick.cli;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.RunOptions;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.engine.CollectorOutcome;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.runtime.sink.ConsoleSink;
import dev.yardstick.runtime.sink.PointJson;
import dev.yardstick.runtime.telemetry.SelfMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code yardstick collect NAME}: run one collector and print its points; nothing is sent. */
@Command(name = "collect", mixinStandardHelpOptions = true,
        description = "Run one collector (and what it depends on) and print its points. Nothing is sent.")
final class CollectCommand extends RuntimeCommand {
    private static final Set<String> SELF_METRICS = SelfMetrics.CATALOGUE.stream().map(MetricDescriptor::name)
            .collect(Collectors.toUnmodifiableSet());

    @Parameters(paramLabel = "NAME", description = "The collector id, e.g. github or github/oss.")
    String name;

    @Option(names = "--json", description = "Print a JSON array of points.")
    boolean json;

    @Option(names = "--at", paramLabel = "INSTANT", description = "Evaluation instant (ISO-8601), default now.")
    Instant at;

    @Option(names = "--with-telemetry", description = "Also print the run's self-telemetry (yardstick.* points: "
            + "durations, HTTP requests, pipeline drops).")
    boolean withTelemetry;

    @Override
    int execute() throws InterruptedException {
        List<MetricPoint> telemetry = new ArrayList<>();
        Yardstick.Builder builder = runtime().withoutConfiguredSinks();
        if (withTelemetry) {
            // an in-memory sink, the only one: the run's self-telemetry reaches it after the collector's points
            builder.addSink("self-telemetry", batch -> batch.stream().filter(CollectCommand::isSelfTelemetry)
                    .forEach(telemetry::add));
        }
        try (Yardstick yardstick = start(builder)) {
            RunReport report = yardstick.run(new RunOptions(Optional.ofNullable(at), Set.of(name), withTelemetry)
                    .keepingPoints());
            List<MetricPoint> points = new ArrayList<>(report.processed().getOrDefault(name, List.of()));
            points.addAll(telemetry);
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

    private static boolean isSelfTelemetry(MetricPoint point) {
        return SELF_METRICS.contains(point.name());
    }
}
