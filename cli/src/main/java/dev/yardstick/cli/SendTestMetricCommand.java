package dev.yardstick.cli;

import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.runtime.sink.SendResult;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yardstick send-test-metric}: proves the sinks (and the Datadog key) work. */
@Command(name = "send-test-metric", mixinStandardHelpOptions = true,
        description = "Send one gauge, yardstick.test_metric, through the pipeline to every configured sink.")
final class SendTestMetricCommand extends RuntimeCommand {
    @Option(names = "--value", defaultValue = "1", description = "The value to send (default ${DEFAULT-VALUE}).")
    double value;

    @Override
    int execute() {
        try (Yardstick yardstick = start(runtime())) {
            Gauge point = Gauge.of("yardstick.test_metric", value, yardstick.clock().instant(), Tags.empty());
            Map<String, SendResult> results = yardstick.send(List.of(point));
            if (results.isEmpty()) {
                err().println("No sink accepts data of this environment; nothing was sent.");
                return RunReport.PARTIAL;
            }
            results.forEach((name, result) -> out().println("Sink " + name + ": " + RunSummary.describe(result)));
            boolean allSent = results.values().stream().allMatch(result -> result.sent() == 1);
            return allSent ? RunReport.OK : RunReport.PARTIAL;
        }
    }
}
