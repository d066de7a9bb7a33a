package dev.yardstick.cli;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.runtime.engine.CollectorOutcome;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.runtime.sink.SendResult;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints what a run did, for people at a terminal and for CronJob logs alike. */
final class RunSummary {
    private RunSummary() {
    }

    static void print(RunReport report, PrintWriter out) {
        out.printf(Locale.ROOT, "Run at %s took %.1f s%n", report.at(), report.duration().toMillis() / 1000.0);
        out.printf(Locale.ROOT, "%-24s %-8s %8s %9s%n", "COLLECTOR", "STATUS", "POINTS", "SECONDS");
        for (CollectorOutcome outcome : report.outcomes()) {
            out.printf(Locale.ROOT, "%-24s %-8s %8d %9.2f%n", outcome.id(), outcome.status(), outcome.points().size(),
                    outcome.duration().toMillis() / 1000.0);
            for (CollectFailure failure : outcome.failures()) {
                out.printf(Locale.ROOT, "    %s %s: %s%n", failure.section(), failure.kind(), failure.message());
            }
        }
        if (report.outcomes().isEmpty()) {
            out.println("(no collector configured: add one under yardstick.collectors, e.g. in config/application.conf)");
        }
        out.printf(Locale.ROOT, "Points after the pipeline (self-telemetry included): %d%n",
                report.pointsAfterPipeline());
        report.sinks().forEach((name, result) -> out.println("Sink " + name + ": " + describe(result)));
        out.println("Exit code " + report.exitCode());
        out.flush();
    }

    static String describe(SendResult result) {
        String text = result.sent() + " sent, " + result.droppedTotal() + " dropped";
        if (!result.dropped().isEmpty()) {
            text += " " + result.dropped();
        }
        return text + ", " + result.retries() + " retries, " + result.spooled() + " spooled";
    }
}
