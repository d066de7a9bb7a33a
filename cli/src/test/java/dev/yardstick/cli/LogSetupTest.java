package dev.yardstick.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LogSetupTest {

    @AfterEach
    void restore() {
        LogSetup.configure("info");
    }

    @Test
    void debugRaisesOnlyYardsticksLoggers() {
        LogSetup.configure("debug");

        assertTrue(Logger.getLogger("dev.yardstick.runtime.http.HttpServices").isLoggable(Level.FINE));
        assertTrue(Logger.getLogger("yardstick.collector.github").isLoggable(Level.FINE));
        assertFalse(Logger.getLogger("sun.security.ssl").isLoggable(Level.FINE));
        assertFalse(Logger.getLogger("okhttp3.OkHttpClient").isLoggable(Level.INFO));
        assertTrue(Logger.getLogger("okhttp3.OkHttpClient").isLoggable(Level.WARNING));
    }

    @Test
    void errorQuietsEveryone() {
        LogSetup.configure("error");

        assertFalse(Logger.getLogger("dev.yardstick.runtime.sink").isLoggable(Level.WARNING));
        assertFalse(Logger.getLogger("org.pf4j").isLoggable(Level.WARNING));
        assertTrue(Logger.getLogger("org.pf4j").isLoggable(Level.SEVERE));
    }
}
