package dev.yardstick.cli;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.runtime.engine.CollectorOutcome;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.runtime.sink.SendResult;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints what a run did, for people at a terminal and for CronJob logs alike. */
final class RunSummary {
    private RunSummary() {
    }

    static void print(RunReport report, PrintWriter out) {
        print(report, out, Ansi.PLAIN);
    }

    static void print(RunReport report, PrintWriter out, Ansi ansi) {
        out.printf(Locale.ROOT, "Run at %s took %.1f s%n", report.at(), report.duration().toMillis() / 1000.0);
        out.printf(Locale.ROOT, "%-24s %-8s %8s %9s%n", "COLLECTOR", "STATUS", "POINTS", "SECONDS");
        for (CollectorOutcome outcome : report.outcomes()) {
            out.printf(Locale.ROOT, "%-24s %-8s %8d %9.2f%n", outcome.id(), outcome.status(), outcome.pointCount(),
                    outcome.duration().toMillis() / 1000.0);
            for (CollectFailure failure : outcome.failures()) {
                out.printf(Locale.ROOT, "    %s %s: %s%n", failure.section(), failure.kind(), failure.message());
            }
            report.pipelineDrops().getOrDefault(outcome.id(), Map.of()).forEach((reason, count) ->
                    out.println(ansi.yellow("    pipeline dropped " + count + " point(s): " + explain(reason))));
        }
        if (report.outcomes().isEmpty()) {
            out.println("(no collector configured: add one under yardstick.collectors, e.g. in config/application.conf)");
        }
        out.printf(Locale.ROOT, "Points after the pipeline (self-telemetry included): %d%n",
                report.pointsAfterPipeline());
        report.sinks().forEach((name, result) -> out.println("Sink " + name + ": " + describe(result)));
        if (report.sinks().isEmpty() && report.pointsAfterPipeline() > 0) {
            out.println(ansi.yellow("No sink received the points: none is active here (see `yardstick config check`)"));
        }
        out.println("Exit code " + report.exitCode());
        out.flush();
    }

    /** Says what a pipeline drop reason means and, for the cap, which setting to raise. */
    static String explain(String reason) {
        return switch (reason) {
            case RunReport.SERIES_CAP -> "over the series cap of one metric; raise "
                    + "yardstick.pipeline.max-series-per-metric if these series are wanted";
            case "invalid_name" -> "metric name not valid for Datadog";
            case "non_finite" -> "NaN or infinite value";
            default -> reason;
        };
    }

    static String describe(SendResult result) {
        String text = result.sent() + " sent, " + result.droppedTotal() + " dropped";
        if (!result.dropped().isEmpty()) {
            text += " " + result.dropped();
        }
        return text + ", " + result.retries() + " retries, " + result.spooled() + " spooled";
    }
}
