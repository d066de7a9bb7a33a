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
import java.nio.file.NoSuchFileException;
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
 * Files hold points only, never a credential.
 *
 * <p>Several processes may share one spool: a replay first {@link #claim claims} files by an atomic rename (see
 * {@link SpoolClaims}), so a file is replayed by one process only, and a claim left by a dead process is taken
 * over by the next run. Each claimed file is {@link #finish finished} (deleted) as soon as its own points are
 * delivered, dropped or spooled again, so a crash mid-replay re-sends at most the file in flight. The size cap is
 * enforced before each write by evicting the oldest unclaimed files. Not thread-safe: one sink owns a spool.
 */
public final class Spool {
    private static final System.Logger LOG = System.getLogger(Spool.class.getName());
    private static final String PREFIX = "batch-";
    private static final String SUFFIX = ".json";

    private final SpoolSettings settings;
    private final Clock clock;
    private final SpoolClaims claims = new SpoolClaims();

    /**
     * A file this process claimed.
     *
     * @param file its current (claimed) path
     * @param order the name prefix that orders it among the spool's files, kept when its rest is spooled again
     */
    public record Claim(Path file, String order) {
    }

    /**
     * The points of one claimed file.
     *
     * @param fresh points younger than the maximum age, to replay
     * @param tooOld the number of points older than the maximum age, dropped
     * @param corrupt true when the file could not be read (it was set aside as {@code *.corrupt})
     */
    public record Contents(List<MetricPoint> fresh, long tooOld, boolean corrupt) {
        /** Copies the list. */
        public Contents {
            fresh = List.copyOf(fresh);
        }
    }

    /**
     * What a write did.
     *
     * @param stored true when the batch was written; false when it alone exceeds {@code max-bytes}
     * @param evicted points in the older files deleted to make room (and the batch's own when not stored)
     */
    public record Written(boolean stored, long evicted) {
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
     * Writes one batch as a new, newest file, first evicting the oldest unclaimed files so that the spool stays
     * within {@code max-bytes} with it.
     *
     * @param points the batch
     * @return what was written and evicted
     * @throws IOException if the file cannot be written
     */
    public Written write(List<MetricPoint> points) throws IOException {
        return write(points, PREFIX + String.format("%015d", clock.millis()));
    }

    /**
     * Writes the points of a claimed file that are still undelivered, keeping its place in the order.
     *
     * @param claim the claimed file
     * @param points its undelivered points
     * @return what was written and evicted
     * @throws IOException if the file cannot be written
     */
    public Written respool(Claim claim, List<MetricPoint> points) throws IOException {
        return write(points, claim.order());
    }

    private Written write(List<MetricPoint> points, String order) throws IOException {
        if (points.isEmpty()) {
            return new Written(true, 0);
        }
        byte[] body = PointJson.toJsonArray(points).getBytes(StandardCharsets.UTF_8);
        if (body.length > settings.maxBytes()) {
            LOG.log(System.Logger.Level.WARNING, "spool {0}: a batch of {1} points exceeds max-bytes {2}; dropped",
                    settings.path(), points.size(), settings.maxBytes());
            return new Written(false, points.size());
        }
        long evicted = makeRoom(body.length);
        Files.createDirectories(settings.path());
        String base = order + "-" + UUID.randomUUID();
        Path temp = settings.path().resolve(base + ".tmp");
        Path target = settings.path().resolve(base + SUFFIX);
        Files.write(temp, body);
        move(temp, target);
        return new Written(true, evicted);
    }

    /** Deletes the oldest unclaimed files until {@code incoming} more bytes fit; returns their points. */
    private long makeRoom(long incoming) throws IOException {
        List<Path> all = allFiles();
        long total = incoming;
        for (Path file : all) {
            total += sizeOrZero(file);
        }
        long evicted = 0;
        for (Path file : files()) {
            if (total <= settings.maxBytes()) {
                break;
            }
            long size = sizeOrZero(file);
            long points = countPoints(file);
            if (Files.deleteIfExists(file)) {
                total -= size;
                evicted += points;
            }
        }
        if (evicted > 0) {
            LOG.log(System.Logger.Level.WARNING, "spool {0} over {1} bytes: evicted the {2} oldest points",
                    settings.path(), settings.maxBytes(), evicted);
        }
        return evicted;
    }

    /**
     * Claims, oldest first, every unclaimed file and every file whose claim is stale (its owner died, or it is
     * this process's own leftover). A file another live process claimed, or one that another process claims
     * first, is skipped.
     *
     * @return the claims
     * @throws IOException if the directory cannot be listed
     */
    public List<Claim> claim() throws IOException {
        List<Claim> claimed = new ArrayList<>();
        for (Path file : allFiles()) {
            boolean claimedAlready = file.getFileName().toString().contains(SpoolClaims.MARK);
            if (claimedAlready && !claims.reclaimable(file)) {
                continue;
            }
            String base = SpoolClaims.baseName(file);
            Path target = file.resolveSibling(base + claims.ownSuffix());
            try {
                if (!file.equals(target)) {
                    move(file, target);
                }
            } catch (NoSuchFileException lostTheRace) {
                continue;
            }
            String stem = base.substring(0, base.length() - SUFFIX.length());
            claimed.add(new Claim(target, stem.substring(0, Math.min(stem.length(), PREFIX.length() + 15))));
        }
        return List.copyOf(claimed);
    }

    /**
     * Reads a claimed file, splitting points into those still young enough to replay and those too old. An
     * unreadable file is renamed to {@code *.corrupt} and reported empty.
     *
     * @param claim the claim
     * @return its contents
     * @throws IOException if the file cannot be read
     */
    public Contents read(Claim claim) throws IOException {
        List<MetricPoint> points;
        try {
            points = PointJson.parseArray(Files.readString(claim.file(), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "spool file {0} is unreadable ({1}); set aside", claim.file(),
                    e.getMessage());
            Path base = claim.file().resolveSibling(SpoolClaims.baseName(claim.file()));
            Files.move(claim.file(), base.resolveSibling(base.getFileName() + ".corrupt"),
                    StandardCopyOption.REPLACE_EXISTING);
            return new Contents(List.of(), 0, true);
        }
        Instant oldest = clock.instant().minus(settings.maxAge());
        List<MetricPoint> fresh = new ArrayList<>();
        long tooOld = 0;
        for (MetricPoint point : points) {
            if (point.timestamp().isBefore(oldest)) {
                tooOld++;
            } else {
                fresh.add(point);
            }
        }
        return new Contents(fresh, tooOld, false);
    }

    /**
     * Deletes a claimed file: its points were delivered, dropped or spooled again.
     *
     * @param claim the claim
     * @throws IOException if it cannot be deleted
     */
    public void finish(Claim claim) throws IOException {
        Files.deleteIfExists(claim.file());
    }

    /**
     * Gives a claimed file back untouched, for a later replay.
     *
     * @param claim the claim
     * @throws IOException if it cannot be renamed
     */
    public void release(Claim claim) throws IOException {
        if (Files.exists(claim.file())) {
            move(claim.file(), claim.file().resolveSibling(SpoolClaims.baseName(claim.file())));
        }
    }

    /**
     * Lists the unclaimed spool files, oldest first.
     *
     * @return the files; empty when the directory does not exist
     * @throws IOException if the directory cannot be listed
     */
    public List<Path> files() throws IOException {
        return list(PREFIX + "*" + SUFFIX);
    }

    /**
     * Lists every spool file, claimed or not, oldest first.
     *
     * @return the files; empty when the directory does not exist
     * @throws IOException if the directory cannot be listed
     */
    public List<Path> allFiles() throws IOException {
        return list(PREFIX + "*").stream().filter(file -> {
            String name = file.getFileName().toString();
            return name.endsWith(SUFFIX) || name.contains(SUFFIX + SpoolClaims.MARK);
        }).toList();
    }

    private List<Path> list(String glob) throws IOException {
        if (!Files.isDirectory(settings.path())) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(settings.path(), glob)) {
            stream.forEach(files::add);
        }
        files.sort(null);
        return List.copyOf(files);
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException gone) {
            return 0;
        }
    }

    private static long countPoints(Path file) {
        try {
            return PointJson.parseArray(Files.readString(file, StandardCharsets.UTF_8)).size();
        } catch (IOException | IllegalArgumentException e) {
            return 0;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
