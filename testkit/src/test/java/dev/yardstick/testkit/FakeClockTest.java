package dev.yardstick.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FakeClockTest {
    @Test
    void movesOnlyWhenToldAndSleepAdvances() {
        FakeClock clock = FakeClock.at("2026-11-20T12:00:00Z");
        clock.advance(Duration.ofMinutes(5));
        clock.sleep(Duration.ofSeconds(3));
        assertEquals(Instant.parse("2026-11-20T12:05:03Z"), clock.instant());
        assertThrows(IllegalArgumentException.class, () -> clock.advance(Duration.ofSeconds(-1)));
    }
}
