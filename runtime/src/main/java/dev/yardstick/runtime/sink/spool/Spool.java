package dev.yardstick.runtime.sink.spool;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.runtime.sink.PointJson;
import dev.yardstick.runtime.sink.SpoolSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A directory of undelivered batches, one JSON file ({@link PointJson} array) per batch, named so that names
 * sort oldest first. Files are written to a temporary name and renamed, so a reader never sees half a file.
 * Files hold points only, never a credential. Not thread-safe: one sink owns a spool.
 */
public final class Spool {
    private static final System.Logger LOG = System.getLogger(Spool.class.getName());
    private static final String PREFIX = "batch-";
    private static final String SUFFIX = ".json";

    private final SpoolSettings settings;
    private final Clock clock;

    /**
     * Points read back from the spool.
     *
     * @param files the files read; delete them once their points are delivered or spooled again
     * @param fresh points younger than the maximum age, to replay
     * @param tooOld the number of points older than the maximum age, dropped
     */
    public record Replay(List<Path> files, List<MetricPoint> fresh, long tooOld) {
        /** Copies the lists. */
        public Replay {
            files = List.copyOf(files);
            fresh = List.copyOf(fresh);
        }
    }

    /**
     * Creates a spool over a directory (created on first write).
     *
     * @param settings the directory and bounds
     * @param clock the clock that ages points and names files
     */
    public Spool(SpoolSettings settings, Clock clock) {
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * Writes one batch as a new file.
     *
     * @param points the batch
     * @throws IOException if the file cannot be written
     */
    public void write(List<MetricPoint> points) throws IOException {
        if (points.isEmpty()) {
            return;
        }
        Files.createDirectories(settings.path());
        String base = PREFIX + String.format("%015d", clock.millis()) + "-" + UUID.randomUUID();
        Path temp = settings.path().resolve(base + ".tmp");
        Path target = settings.path().resolve(base + SUFFIX);
        Files.writeString(temp, PointJson.toJsonArray(points), StandardCharsets.UTF_8);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Reads every spooled batch, oldest first, splitting points into those still young enough to replay and
     * those too old. Unreadable files are renamed to {@code *.corrupt} and skipped.
     *
     * @return the replay
     * @throws IOException if the directory cannot be listed
     */
    public Replay load() throws IOException {
        Instant oldest = clock.instant().minus(settings.maxAge());
        List<Path> files = new ArrayList<>();
        List<MetricPoint> fresh = new ArrayList<>();
        long tooOld = 0;
        for (Path file : files()) {
            List<MetricPoint> points;
            try {
                points = PointJson.parseArray(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "spool file {0} is unreadable ({1}); set aside", file,
                        e.getMessage());
                Files.move(file, file.resolveSibling(file.getFileName() + ".corrupt"),
                        StandardCopyOption.REPLACE_EXISTING);
                continue;
            }
            files.add(file);
            for (MetricPoint point : points) {
                if (point.timestamp().isBefore(oldest)) {
                    tooOld++;
                } else {
                    fresh.add(point);
                }
            }
        }
        return new Replay(files, fresh, tooOld);
    }

    /**
     * Deletes files, ignoring those already gone.
     *
     * @param files spool files
     * @throws IOException if a file cannot be deleted
     */
    public void delete(List<Path> files) throws IOException {
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Deletes the oldest files until the spool fits {@code max-bytes}.
     *
     * @return the number of points in the deleted files
     * @throws IOException if the directory cannot be listed or a file read or deleted
     */
    public long enforceMaxBytes() throws IOException {
        List<Path> files = files();
        long total = 0;
        for (Path file : files) {
            total += Files.size(file);
        }
        long droppedPoints = 0;
        for (int i = 0; i < files.size() && total > settings.maxBytes(); i++) {
            Path file = files.get(i);
            total -= Files.size(file);
            try {
                droppedPoints += PointJson.parseArray(Files.readString(file, StandardCharsets.UTF_8)).size();
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "spool file {0} is unreadable; removed", file);
            }
            Files.delete(file);
        }
        if (droppedPoints > 0) {
            LOG.log(System.Logger.Level.WARNING, "spool {0} over {1} bytes: dropped {2} oldest points",
                    settings.path(), settings.maxBytes(), droppedPoints);
        }
        return droppedPoints;
    }

    /**
     * Lists the spool files, oldest first.
     *
     * @return the files; empty when the directory does not exist
     * @throws IOException if the directory cannot be listed
     */
    public List<Path> files() throws IOException {
        if (!Files.isDirectory(settings.path())) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(settings.path(), PREFIX + "*" + SUFFIX)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return List.copyOf(files);
    }
}
