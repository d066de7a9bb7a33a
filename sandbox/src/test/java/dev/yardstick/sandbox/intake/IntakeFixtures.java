package dev.yardstick.sandbox.intake;

import dev.yardstick.sandbox.core.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The fake clock the fixtures' timestamps are relative to, and fixture loading. */
final class IntakeFixtures {

    /** 2026-01-15T10:00:00Z, epoch second 1768471200. */
    static final Instant NOW = Instant.ofEpochSecond(1_768_471_200L);
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    private IntakeFixtures() {
    }

    static byte[] bytes(String name) {
        return Json.bytes(Json.resource(IntakeFixtures.class, name));
    }
}
