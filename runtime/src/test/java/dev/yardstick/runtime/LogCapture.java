package dev.yardstick.runtime;

import java.text.MessageFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures what one JDK logger (and the loggers under it) logs at a level or above, formatted as the console
 * would format the message, until closed; closing restores the logger's level.
 */
public final class LogCapture extends Handler implements AutoCloseable {
    private final Logger logger;
    private final Level before;
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private LogCapture(String loggerName, Level level) {
        this.logger = Logger.getLogger(loggerName);
        this.before = logger.getLevel();
        setLevel(level);
        if (level.intValue() < Level.INFO.intValue()) {
            logger.setLevel(level);
        }
        logger.addHandler(this);
    }

    /**
     * Starts capturing a logger's records at {@code level} and above.
     *
     * @param loggerName the logger
     * @param level the lowest level kept; below INFO, the logger itself is opened to it for the capture
     * @return the capture, to close when done
     */
    public static LogCapture of(String loggerName, Level level) {
        return new LogCapture(loggerName, level);
    }

    /** The messages captured so far, formatted with their parameters. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void publish(LogRecord record) {
        if (isLoggable(record)) {
            lines.add(MessageFormat.format(record.getMessage(), record.getParameters()));
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
        logger.setLevel(before);
    }
}
