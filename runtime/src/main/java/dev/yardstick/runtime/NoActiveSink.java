package dev.yardstick.runtime;

import com.typesafe.config.Config;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.runtime.sink.ConfiguredSink;
import dev.yardstick.runtime.sink.SendResult;
import java.util.List;
import java.util.Map;

/**
 * A delivering run whose points no sink received is not a success: the report gets a sink result named
 * {@value #NAME} that counts every point as dropped, so the summary says so and the exit code is 1.
 */
final class NoActiveSink {
    static final String NAME = "(no active sink)";
    static final String REASON = "no_active_sink";
    static final String MESSAGE = "no sink is active: runs deliver nothing (configure yardstick.sinks, e.g. a "
            + "datadog API key; `yardstick config check` shows the inactive sinks and why)";
    private static final System.Logger LOG = System.getLogger("yardstick");

    private NoActiveSink() {
    }

    static RunReport check(RunReport report, List<ConfiguredSink> sinks, Config config) {
        long points = report.pointsAfterPipeline();
        if (!report.sinks().isEmpty() || points == 0) {
            return report;
        }
        String environment = config.getString("yardstick.environment");
        LOG.log(System.Logger.Level.WARNING, sinks.isEmpty() ? MESSAGE
                : "no sink receives environment " + environment + ": " + points + " point(s) went nowhere");
        return new RunReport(report.at(), report.outcomes(), report.processed(),
                Map.of(NAME, new SendResult(0, Map.of(REASON, points), 0, 0)), points, report.duration(),
                report.pipelineDrops());
    }
}
