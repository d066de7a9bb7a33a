package dev.yardstick.runtime.sink;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Appends one JSON object per point ({@link PointJson}) to {@code <path>/points-YYYY-MM-DD.jsonl}, the date
 * being the clock's UTC date at the time of the send. The local, embedded default destination.
 */
public final class JsonlSink implements Sink {
    private static final System.Logger LOG = System.getLogger(JsonlSink.class.getName());

    private final JsonlSinkSettings settings;
    private final Clock clock;

    /**
     * Creates the sink.
     *
     * @param settings its settings
     * @param clock the clock that dates the files
     */
    public JsonlSink(JsonlSinkSettings settings, Clock clock) {
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public String name() {
        return settings.name();
    }

    /**
     * Returns the file points sent now are appended to.
     *
     * @return the dated file under the sink's directory
     */
    public Path currentFile() {
        return settings.path().resolve("points-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".jsonl");
    }

    @Override
    public synchronized SendResult send(List<MetricPoint> points, Instant deadline) {
        if (points.isEmpty()) {
            return SendResult.delivered(0);
        }
        Path file = currentFile();
        try {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                for (MetricPoint point : points) {
                    out.write(PointJson.toLine(point));
                    out.write('\n');
                }
            }
            return SendResult.delivered(points.size());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.ERROR, "sink {0}: cannot append to {1}: {2}", name(), file, e.toString());
            return new SendResult(0, Map.of("io_error", (long) points.size()), 0, 0);
        }
    }

    /**
     * Reads a file written by this sink back into points.
     *
     * @param file a jsonl file
     * @return the points, in file order
     * @throws IOException if the file cannot be read
     * @throws IllegalArgumentException naming the line when a line is not a valid point
     */
    public static List<MetricPoint> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        java.util.ArrayList<MetricPoint> points = new java.util.ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            try {
                points.add(PointJson.parseLine(lines.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(points);
    }

    @Override
    public void close() {
        // Every send closes its file; nothing is held open.
    }
}
