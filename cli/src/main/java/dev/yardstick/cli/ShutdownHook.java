package dev.yardstick.cli;

import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.engine.RunReport;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What {@code run} does on SIGTERM: stops the run gracefully ({@link Yardstick#shutdown}), waits up to
 * {@code yardstick.run.shutdown-grace} for it to deliver or spool what it collected, and exits with a code that
 * says what happened: {@value RunReport#STOPPED} when every collected point was delivered or spooled,
 * {@value RunReport#PARTIAL} when some were dropped (and counted), or the JVM's own 143 when the grace period ran
 * out first.
 */
final class ShutdownHook {
    private final Thread thread;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean signalled;
    private volatile int code = RunReport.STOPPED;

    private ShutdownHook(Yardstick yardstick, PrintWriter err) {
        this.thread = new Thread(() -> onSignal(yardstick, err), "yardstick-shutdown");
    }

    static ShutdownHook install(Yardstick yardstick, PrintWriter err) {
        ShutdownHook hook = new ShutdownHook(yardstick, err);
        Runtime.getRuntime().addShutdownHook(hook.thread);
        return hook;
    }

    private void onSignal(Yardstick yardstick, PrintWriter err) {
        signalled = true;
        Duration grace = yardstick.shutdown();
        err.println("Stopping: delivering or spooling what was collected, within " + grace.toSeconds() + " s.");
        err.flush();
        try {
            if (finished.await(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                err.flush();
                Runtime.getRuntime().halt(code);
            }
            err.println("Stopping: the grace period ran out; points still in flight may be lost.");
            err.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Called once the command is done: without a signal, removes the hook and returns {@code normal}; after one,
     * hands the hook the exit code it will halt with.
     *
     * @param normal the exit code of a run that was not stopped
     * @param last the last run's report, if any
     * @return the exit code
     */
    int exit(int normal, Optional<RunReport> last) {
        if (!signalled) {
            try {
                Runtime.getRuntime().removeShutdownHook(thread);
                return normal;
            } catch (IllegalStateException shuttingDown) {
                // the signal arrived just now: the hook runs
            }
        }
        boolean lost = last.map(report -> report.sinks().values().stream()
                .anyMatch(result -> result.droppedTotal() > 0)).orElse(false);
        code = lost ? RunReport.PARTIAL : RunReport.STOPPED;
        finished.countDown();
        return code;
    }
}
