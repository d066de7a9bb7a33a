package dev.yardstick.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.retry.Sleeper;
import dev.yardstick.runtime.engine.RunReport;
import dev.yardstick.testkit.FakeClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScheduledRunsTest {
    private static final Instant T0 = Instant.parse("2026-05-01T00:00:00Z");
    private static final Duration PERIOD = Duration.ofMinutes(15);

    static Stream<Arguments> timings() {
        return Stream.of(
                Arguments.of("every period", List.of(2L, 2L, 2L), List.of(0L, 15L, 30L)),
                Arguments.of("an overrun skips the missed start, never overlaps", List.of(20L, 2L, 2L),
                        List.of(0L, 30L, 45L)),
                Arguments.of("a run of exactly one period", List.of(15L, 1L, 1L), List.of(0L, 15L, 30L)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("timings")
    void runsStartOnTheClocksSchedule(String name, List<Long> runMinutes, List<Long> expectedStarts)
            throws InterruptedException {
        FakeClock clock = FakeClock.at(T0);
        List<Long> starts = new CopyOnWriteArrayList<>();
        ScheduledRuns[] runs = new ScheduledRuns[1];
        runs[0] = new ScheduledRuns(clock, clock::sleep, PERIOD, Duration.ZERO, new Random(1), () -> {
            starts.add(Duration.between(T0, clock.instant()).toMinutes());
            clock.advance(Duration.ofMinutes(runMinutes.get(starts.size() - 1)));
            return report();
        }, report -> {
            if (starts.size() == runMinutes.size()) {
                runs[0].stop();
            }
        });
        runs[0].start();
        assertTrue(runs[0].awaitStopped(Duration.ofSeconds(10)));
        assertEquals(expectedStarts, starts);
        assertTrue(runs[0].failure().isEmpty());
    }

    @Test
    void jitterDelaysEveryStartButTheFirstByAtMostTheJitter() throws InterruptedException {
        FakeClock clock = FakeClock.at(T0);
        List<Duration> lateness = new CopyOnWriteArrayList<>();
        ScheduledRuns[] runs = new ScheduledRuns[1];
        runs[0] = new ScheduledRuns(clock, clock::sleep, PERIOD, Duration.ofSeconds(30), new Random(7), () -> {
            Duration sinceT0 = Duration.between(T0, clock.instant());
            lateness.add(sinceT0.minus(PERIOD.multipliedBy(lateness.size())));
            return report();
        }, report -> {
            if (lateness.size() == 20) {
                runs[0].stop();
            }
        });
        runs[0].start().awaitStopped(Duration.ofSeconds(10));
        assertEquals(Duration.ZERO, lateness.get(0));
        lateness.forEach(late -> assertTrue(!late.isNegative() && late.compareTo(Duration.ofSeconds(30)) <= 0,
                late.toString()));
        assertTrue(lateness.stream().distinct().count() > 5, "jitter varies: " + lateness);
    }

    @Test
    void stopLetsTheRunInProgressFinishAndCutsAWaitShort() throws InterruptedException {
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<RunReport> reports = new CopyOnWriteArrayList<>();
        ScheduledRuns runs = new ScheduledRuns(Clock.systemUTC(), Sleeper.SYSTEM, Duration.ofHours(1),
                Duration.ZERO, new Random(), () -> {
                    running.countDown();
                    release.await();
                    return report();
                }, reports::add).start();
        running.await();
        runs.stop();
        assertFalse(runs.awaitStopped(Duration.ofMillis(200)), "the run in progress is not abandoned");
        release.countDown();
        assertTrue(runs.awaitStopped(Duration.ofSeconds(5)), "the hour-long wait is cut short");
        assertEquals(1, reports.size());
        assertTrue(runs.lastReport().isPresent());
    }

    private static RunReport report() {
        return new RunReport(T0, List.of(), Map.of(), Map.of(), 0, Duration.ZERO);
    }
}
