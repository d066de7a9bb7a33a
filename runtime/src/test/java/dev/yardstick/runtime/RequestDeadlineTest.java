package dev.yardstick.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.Inputs;
import dev.yardstick.api.http.HttpRequest;
import dev.yardstick.api.http.HttpService;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.runtime.http.HttpServices;
import dev.yardstick.runtime.http.HttpSettings;
import dev.yardstick.runtime.telemetry.Telemetry;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.MapSecretResolver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The deadline reaches a collector's HTTP calls one way: through the {@link CollectRequest} the collection serves.
 * The upstream always answers 503 with {@code Retry-After: 10}, so a call retries every 10 s of the fake clock
 * until its own deadline stops it.
 */
class RequestDeadlineTest {
    private static final Instant START = Instant.parse("2026-03-01T12:00:00Z");

    private final FakeClock clock = FakeClock.at(START);
    private final MockWebServer server = new MockWebServer();
    private HttpServices services;
    private CollectorContext context;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().code(503).addHeader("Retry-After", "10").build();
            }
        });
        server.start(InetAddress.getLoopbackAddress(), 0);
        HttpSettings settings = new HttpSettings(Duration.ofSeconds(2), Duration.ofSeconds(5), 4, 100,
                Duration.ofMillis(500), Duration.ofSeconds(20), Duration.ofSeconds(60), false, Optional.empty(), 0);
        services = new HttpServices(settings, clock, clock::sleep, new Telemetry());
        context = new RuntimeCollectorContext("probe", clock, services, new MapSecretResolver(Map.of()), "test");
    }

    @AfterEach
    void stop() {
        services.close();
        server.close();
    }

    @Test
    void anHttpCallNeverOutlivesTheRequestsDeadline() throws Exception {
        Instant deadline = START.plusSeconds(35);
        CollectResult result = new Probe().collect(new CollectRequest(START, deadline, Inputs.none()));

        assertEquals(503.0, ((Gauge) result.points().get(0)).value());
        assertEquals(4, server.getRequestCount(), "attempts at 0, 10, 20 and 30 s; a fifth would start at 40 s");
        assertEquals(List.of(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10)), clock.sleeps());
        assertFalse(clock.instant().isAfter(deadline), clock.instant()::toString);
    }

    @Test
    void aRequestWhoseDeadlineHasPassedSendsNothing() {
        CollectRequest late = new CollectRequest(START, START, Inputs.none());
        assertThrows(HttpTimeoutException.class, () -> context.http(late).send(HttpRequest.get(url())));
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void overlappingCollectionsEachHonourTheirOwnDeadline() throws Exception {
        CollectRequest shortOne = new CollectRequest(START, START.plusSeconds(15), Inputs.none());
        CollectRequest longOne = new CollectRequest(START, START.plusSeconds(45), Inputs.none());
        CountDownLatch bothStarted = new CountDownLatch(2);
        CountDownLatch shortDone = new CountDownLatch(1);
        Probe probe = new Probe(bothStarted, shortDone);

        CompletableFuture<CollectResult> longResult = CompletableFuture.supplyAsync(() -> probe.collectUnchecked(longOne));
        CollectResult shortResult = probe.collectUnchecked(shortOne);
        shortDone.countDown();
        CollectResult later = longResult.get(30, TimeUnit.SECONDS);

        assertEquals(2.0, attempts(shortResult), "0 and 10 s; the next would start at 20 s, past 15 s");
        assertEquals(4.0, attempts(later), "10, 20, 30 and 40 s; the next would start at 50 s, past 45 s");
        assertEquals(6, server.getRequestCount());
        assertTrue(clock.instant().isBefore(longOne.deadline()), clock.instant()::toString);
    }

    private static double attempts(CollectResult result) {
        return ((Gauge) result.points().get(1)).value();
    }

    private URI url() {
        return URI.create("http://127.0.0.1:" + server.getPort() + "/status");
    }

    /**
     * Takes its HTTP service from the request, as plugins do; when given latches, it waits until both collections
     * hold their service, and the long one sends only after the short one finished, so the fake clock stays
     * deterministic while the collections overlap.
     */
    private final class Probe implements Collector {
        private final CountDownLatch bothStarted;
        private final CountDownLatch shortDone;

        Probe() {
            this(new CountDownLatch(0), new CountDownLatch(0));
        }

        Probe(CountDownLatch bothStarted, CountDownLatch shortDone) {
            this.bothStarted = bothStarted;
            this.shortDone = shortDone;
        }

        @Override
        public CollectResult collect(CollectRequest request) throws InterruptedException {
            HttpService http = context.http(request);
            bothStarted.countDown();
            bothStarted.await();
            if (request.deadline().isAfter(START.plusSeconds(15))) {
                shortDone.await();
            }
            int before = server.getRequestCount();
            try {
                int status = http.send(HttpRequest.get(url())).status();
                return CollectResult.of(List.of(Gauge.of("probe.status", status, request.at(), Tags.empty()),
                        Gauge.of("probe.attempts", server.getRequestCount() - before, request.at(), Tags.empty())));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }

        CollectResult collectUnchecked(CollectRequest request) {
            try {
                return collect(request);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
