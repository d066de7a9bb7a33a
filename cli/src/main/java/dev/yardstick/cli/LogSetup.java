package dev.yardstick.cli;

import dev.yardstick.runtime.secrets.UrlUserInfo;
import java.io.PrintStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Sends JDK logging (and so {@code System.Logger}) to standard error, one line per record, through the
 * redactor, so that no secret value can reach the log even if some code formats one into a message.
 */
final class LogSetup {
    /** Yardstick's logger name prefixes: the runtime's classes, plugins' {@code yardstick.collector.*}. */
    private static final String[] OWN_LOGGERS = {"dev.yardstick", "yardstick"};
    private static final Set<Logger> OWN = ConcurrentHashMap.newKeySet();
    private static volatile UnaryOperator<String> redact = UrlUserInfo::redact;

    private LogSetup() {
    }

    /**
     * Sends logging to standard error at a level.
     *
     * @param level error, warn, info, debug or trace
     * @return what is wrong with the level, empty when it is known; an unknown level logs at info
     */
    static Optional<String> configure(String level) {
        Optional<String> problem = Optional.empty();
        Level julLevel;
        try {
            julLevel = toJul(level);
        } catch (IllegalArgumentException e) {
            problem = Optional.of(e.getMessage());
            julLevel = Level.INFO;
        }
        Logger root = Logger.getLogger("");
        for (var handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler handler = new ConsoleHandler();
        handler.setFormatter(new LineFormatter());
        handler.setLevel(julLevel);
        root.addHandler(handler);
        // The level applies to Yardstick's own loggers only: third-party libraries are chatty at INFO and dump
        // certificates and wire data at debug, so they stay at WARNING (or quieter when the user asked for less).
        root.setLevel(julLevel.intValue() > Level.WARNING.intValue() ? julLevel : Level.WARNING);
        for (String name : OWN_LOGGERS) {
            Logger own = Logger.getLogger(name);
            own.setLevel(julLevel);
            OWN.add(own); // a strong reference: the JDK forgets the level of a logger nobody holds
        }
        return problem;
    }

    static void redactWith(UnaryOperator<String> redactor) {
        redact = redactor;
    }

    static void printError(PrintStream err, String message) {
        err.println(redact.apply(message));
    }

    private static Level toJul(String level) {
        switch (level.toLowerCase(Locale.ROOT)) {
            case "error": return Level.SEVERE;
            case "warn": case "warning": return Level.WARNING;
            case "info": return Level.INFO;
            case "debug": return Level.FINE;
            case "trace": return Level.FINEST;
            default: throw new IllegalArgumentException("must be error, warn, info, debug or trace, got '" + level + "'");
        }
    }

    private static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            String message = formatMessage(record);
            String thrown = record.getThrown() == null ? "" : " (" + record.getThrown() + ")";
            return String.format(Locale.ROOT, "%s %-7s %s %s%s%n", Instant.ofEpochMilli(record.getMillis()),
                    record.getLevel().getName(), record.getLoggerName(), redact.apply(message + thrown), "");
        }
    }
}
