package org.example.embedded;

import com.sun.net.httpserver.HttpServer;
import dev.yardstick.runtime.RunOptions;
import dev.yardstick.runtime.Schedule;
import dev.yardstick.runtime.ScheduledRuns;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.engine.RunReport;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A service that embeds Yardstick: collects on the runtime's scheduler (every 15 minutes unless
 * {@code -Dservice.every} says otherwise), serves the last run's report at {@code GET /last-run}, and shuts down
 * cleanly on SIGTERM (the run in progress finishes and delivers before the process exits).
 */
public final class MetricsService implements AutoCloseable {
    private final Yardstick yardstick;
    private final ScheduledRuns runs;
    private final HttpServer server;
    private final AtomicReference<RunReport> last = new AtomicReference<>();
    private final AtomicLong completed = new AtomicLong();

    MetricsService(Yardstick yardstick, Duration every, int port) throws IOException {
        this.yardstick = yardstick;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/last-run", exchange -> {
            byte[] body = describe(Optional.ofNullable(last.get())).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        Schedule schedule = Schedule.configured(RunOptions.all()).every(every).jitter(Duration.ZERO);
        this.runs = yardstick.schedule(schedule, report -> {
            last.set(report);
            completed.incrementAndGet();
        });
    }

    int port() {
        return server.getAddress().getPort();
    }

    private String describe(Optional<RunReport> report) {
        return report.map(run -> "runs=" + completed.get() + "\nat=" + run.at() + "\nexit-code=" + run.exitCode()
                + "\npoints=" + run.pointsAfterPipeline() + "\nsinks=" + run.sinks() + "\n")
                .orElse("runs=0\n");
    }

    /** Stops the schedule (the run in progress finishes), then Yardstick, then the HTTP server. */
    @Override
    public void close() throws InterruptedException {
        runs.stop();
        runs.awaitStopped();
        yardstick.close();
        server.stop(0);
    }

    /**
     * Starts the service.
     *
     * @param args none
     * @throws Exception if it cannot start
     */
    public static void main(String[] args) throws Exception {
        Path workingDir = Path.of(System.getProperty("service.dir", ".")).toAbsolutePath();
        Duration every = Duration.parse("PT" + System.getProperty("service.every", "15m").toUpperCase());
        Yardstick yardstick = Yardstick.builder()
                .workingDirectory(workingDir)
                .addCollectorFactory(new UptimeCollectorFactory(), UptimeCollectorFactory.DEFAULTS)
                .hocon("""
                        yardstick {
                          environment = production
                          collectors.uptime { type = uptime, component = checkout }
                          # A local copy of every point, relative to the working directory, beside Datadog
                          # (which needs DD_API_KEY in the environment).
                          sinks.outbox.enabled = true
                        }
                        """)
                .build();
        MetricsService service = new MetricsService(yardstick, every, Integer.getInteger("service.port", 8080));
        CountDownLatch closed = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                service.close();
                System.out.println("stopped cleanly after " + service.completed.get() + " run(s)");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                closed.countDown();
            }
        }, "metrics-service-shutdown"));
        System.out.println("listening on http://127.0.0.1:" + service.port() + "/last-run, collecting every "
                + every);
        closed.await();
    }
}
