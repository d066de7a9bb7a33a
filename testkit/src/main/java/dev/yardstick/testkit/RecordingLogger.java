package dev.yardstick.testkit;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * A {@link System.Logger} that keeps every message, so tests can assert what was (and was not) logged,
 * secrets in particular. Thread-safe.
 */
public final class RecordingLogger implements System.Logger {
    private final String name;
    private final List<String> lines = new ArrayList<>();

    /**
     * Creates a logger.
     *
     * @param name the logger name
     */
    public RecordingLogger(String name) {
        this.name = name;
    }

    /**
     * Returns every line logged, formatted as {@code LEVEL message [exception]}.
     *
     * @return the lines
     */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public boolean isLoggable(Level level) {
        return true;
    }

    @Override
    public synchronized void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
        lines.add(level + " " + msg + (thrown == null ? "" : " " + thrown));
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
        log(level, bundle, params == null || params.length == 0 ? format : MessageFormat.format(format, params),
                (Throwable) null);
    }

    @Override
    public void log(Level level, Supplier<String> msgSupplier) {
        log(level, null, msgSupplier.get(), (Throwable) null);
    }
}
