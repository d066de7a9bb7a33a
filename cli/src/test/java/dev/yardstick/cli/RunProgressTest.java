package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectFailure;
import dev.yardstick.api.FailureKind;
import dev.yardstick.runtime.engine.CollectorOutcome;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.testkit.FakeClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunProgressTest {
    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    @Test
    void aTerminalSeesOneLiveLinePerCollector() {
        FakeClock clock = FakeClock.at(AT);
        StringWriter screen = new StringWriter();
        try (RunProgress progress = new RunProgress(new PrintWriter(screen), true, Ansi.PLAIN, clock)) {
            progress.runStarted(List.of("github", "wandb"));
            progress.collectorStarted("github");
            progress.requestSent("github");
            progress.requestSent("github");
            clock.advance(Duration.ofMillis(2500));
            progress.collectorStarted("wandb");
            progress.collectorFinished(new CollectorOutcome("wandb", "wandb", CollectorOutcome.Status.FAILED,
                    0, List.of(new CollectFailure("runs", FailureKind.AUTH, "401")), Duration.ofMillis(300)));
            String drawing = screen.toString();
            String last = drawing.substring(drawing.lastIndexOf("\u001b[2A"));
            assertTrue(last.contains("github  running  2.5 s, 2 requests so far"), last);
            assertTrue(last.contains("wandb   failed"), last);
            assertTrue(drawing.contains("wandb   waiting"), drawing);
        }
    }

    @Test
    void theSummaryShowsPipelineDropsInYellowAndNamesTheSettingToRaise() {
        RunReport report = new RunReport(AT, List.of(new CollectorOutcome("github", "github",
                CollectorOutcome.Status.SUCCESS, 0, List.of(), Duration.ofSeconds(1))), Map.of(), Map.of(), 0,
                Duration.ofSeconds(1)).withPipelineDrops(Map.of("github", Map.of(RunReport.SERIES_CAP, 12L)));
        StringWriter out = new StringWriter();
        RunSummary.print(report, new PrintWriter(out), new Ansi(true));

        assertTrue(out.toString().contains("\u001b[33m    pipeline dropped 12 point(s): over the series cap"), out.toString());
        assertTrue(out.toString().contains("yardstick.pipeline.max-series-per-metric"), out.toString());
        assertTrue(out.toString().contains("Exit code 1"), out.toString());
    }
}
