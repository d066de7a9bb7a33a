package dev.yardstick.runtime.sink.spool;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Who holds a spool file. A process claims a file by renaming it to {@code <name>.claimed-<pid>-<start>}, where
 * {@code start} is the process's start instant in milliseconds: a rename is atomic, so of two processes racing
 * for one file exactly one wins. A claim whose owner is no longer alive (no process with that id, or one started
 * at another instant because the id was reused) is stale and may be taken over by the next run.
 */
final class SpoolClaims {
    static final String MARK = ".claimed-";

    private final String own;

    SpoolClaims() {
        ProcessHandle self = ProcessHandle.current();
        this.own = tag(self.pid(), self.info().startInstant());
    }

    /** The suffix this process appends to the files it claims. */
    String ownSuffix() {
        return MARK + own;
    }

    /** Tells whether a claimed file's owner is gone (or is this process, which no longer works on it). */
    boolean reclaimable(Path claimed) {
        String name = claimed.getFileName().toString();
        int at = name.lastIndexOf(MARK);
        if (at < 0) {
            return false;
        }
        String owner = name.substring(at + MARK.length());
        if (owner.equals(own)) {
            return true;
        }
        int dash = owner.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? owner : owner.substring(0, dash));
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(handle -> !tag(pid, handle.info().startInstant()).equals(owner)).orElse(true);
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** The unclaimed name of a (possibly claimed) spool file. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int at = name.lastIndexOf(MARK);
        return at < 0 ? name : name.substring(0, at);
    }

    private static String tag(long pid, Optional<Instant> start) {
        return pid + "-" + start.map(Instant::toEpochMilli).orElse(0L);
    }
}
