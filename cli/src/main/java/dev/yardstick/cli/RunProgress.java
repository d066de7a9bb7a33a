package dev.yardstick.cli;

import dev.yardstick.runtime.engine.CollectorOutcome;
import dev.yardstick.runtime.engine.RunListener;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Shows a run while it happens. At a terminal: one live line per collector (waiting, running with elapsed time
 * and requests so far, done, failed), redrawn in place. Elsewhere (CronJob logs, pipes): one plain log line when
 * a collector starts and one when it ends.
 */
final class RunProgress implements RunListener, AutoCloseable {
    private static final System.Logger LOG = System.getLogger("yardstick.progress");
    private static final long REDRAW_MILLIS = 250;

    private final PrintWriter out;
    private final boolean live;
    private final Ansi ansi;
    private final Clock clock;
    private final Map<String, Line> lines = new LinkedHashMap<>();
    private final ScheduledExecutorService ticker;
    private int drawn;
    /** Every collector has ended and the final drawing is on screen: what follows (the summary) is not overdrawn. */
    private boolean settled;

    private static final class Line {
        final AtomicLong requests = new AtomicLong();
        Instant started;
        CollectorOutcome outcome;
    }

    RunProgress(PrintWriter out, boolean live, Ansi ansi, Clock clock) {
        this.out = out;
        this.live = live;
        this.ansi = ansi;
        this.clock = clock;
        this.ticker = live ? Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "yardstick-progress");
            thread.setDaemon(true);
            return thread;
        }) : null;
        if (live) {
            ticker.scheduleWithFixedDelay(this::redraw, REDRAW_MILLIS, REDRAW_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /**
     * Progress for the process's console: live lines on standard error when it is a terminal, log lines otherwise.
     *
     * @param err standard error
     * @param ansi the colours
     * @return the progress display
     */
    static RunProgress forConsole(PrintWriter err, Ansi ansi) {
        return new RunProgress(err, Terminal.attached(), ansi, Clock.systemUTC());
    }

    @Override
    public synchronized void runStarted(List<String> collectorIds) {
        lines.clear();
        collectorIds.forEach(id -> lines.put(id, new Line()));
        drawn = 0;
        settled = false;
        redraw();
    }

    @Override
    public void collectorStarted(String collectorId) {
        synchronized (this) {
            lines.computeIfAbsent(collectorId, id -> new Line()).started = clock.instant();
        }
        if (live) {
            redraw();
        } else {
            LOG.log(System.Logger.Level.INFO, collectorId + ": running");
        }
    }

    @Override
    public void requestSent(String collectorId) {
        Line line;
        synchronized (this) {
            line = lines.get(collectorId);
        }
        if (line != null) {
            line.requests.incrementAndGet();
        }
    }

    @Override
    public void collectorFinished(CollectorOutcome outcome) {
        String text;
        synchronized (this) {
            Line line = lines.computeIfAbsent(outcome.id(), id -> new Line());
            line.outcome = outcome;
            text = describe(line);
        }
        if (live) {
            redraw();
        } else {
            LOG.log(outcome.succeeded() ? System.Logger.Level.INFO : System.Logger.Level.WARNING,
                    outcome.id() + ": " + text);
        }
    }

    /** Draws every line again, in place of the previous drawing. */
    private synchronized void redraw() {
        if (!live || lines.isEmpty() || settled) {
            return;
        }
        settled = lines.values().stream().allMatch(line -> line.outcome != null);
        StringBuilder text = new StringBuilder();
        if (drawn > 0) {
            text.append("\u001b[").append(drawn).append('A');
        }
        int width = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
        String label = "%-" + width + "s  ";
        lines.forEach((id, line) -> text.append("\r\u001b[2K  ").append(String.format(Locale.ROOT, label, id))
                .append(describe(line)).append('\n'));
        drawn = lines.size();
        out.print(text);
        out.flush();
    }

    private String describe(Line line) {
        long requests = line.requests.get();
        String calls = requests == 1 ? "1 request" : requests + " requests";
        if (line.outcome != null) {
            CollectorOutcome outcome = line.outcome;
            String took = seconds(outcome.duration());
            String summary = outcome.pointCount() + " points in " + took + ", " + calls;
            return outcome.succeeded() ? ansi.green("done") + "     " + summary
                    : ansi.red(outcome.status() == CollectorOutcome.Status.TIMEOUT ? "timeout" : "failed") + "   "
                            + summary + ", " + outcome.failures().size() + " failure(s)";
        }
        if (line.started != null) {
            return "running  " + seconds(Duration.between(line.started, clock.instant())) + ", " + calls + " so far";
        }
        return "waiting";
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** Stops redrawing; the last drawing stays on the screen. */
    @Override
    public void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            redraw();
        }
    }
}
