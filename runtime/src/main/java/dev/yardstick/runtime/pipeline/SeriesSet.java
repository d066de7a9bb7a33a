package dev.yardstick.runtime.pipeline;

import dev.yardstick.api.metric.Tags;

/**
 * The distinct tag sets seen under one metric name, kept as 64-bit fingerprints in an open-addressing table: about
 * 16 bytes per series, where holding the tag sets themselves would keep every series' strings alive until the run
 * ends. Two different tag sets with the same fingerprint count as one series; that can only let a point through the
 * cap, never drop one. It happens by chance (among a million series, about one chance in thirty million) and when
 * the sets differ only in strings of equal length and equal {@link String#hashCode()} (such as {@code Aa} and
 * {@code BB}), which the fingerprint takes instead of reading every character. Not thread-safe.
 */
final class SeriesSet {
    private static final long SEED = 0xcbf29ce484222325L;
    private static final long GOLDEN = 0x9e3779b97f4a7c15L;
    /** Marks an empty slot; the fingerprint equal to it is held by {@link #hasEmpty} instead. */
    private static final long EMPTY = 0;

    private long[] slots = new long[16];
    private boolean hasEmpty;
    private int size;

    /**
     * Returns the fingerprint of a tag set: every key and value, each as its hash code and length, folded in by a
     * multiply-xorshift step, then mixed so that its low bits spread over the table. A string's hash code is
     * computed once and cached by the string, and constant keys have theirs already; reading every character here
     * cost a quarter of the pipeline's time per point on the launcher's C1-only JIT.
     *
     * @param tags the tag set
     * @return the fingerprint
     */
    static long fingerprint(Tags tags) {
        long hash = SEED;
        for (int i = 0; i < tags.size(); i++) {
            hash = mix(hash, tags.keyAt(i));
            hash = mix(hash, tags.valueAt(i));
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        return hash ^ (hash >>> 33);
    }

    private static long mix(long hash, String text) {
        long h = (hash ^ (((long) text.hashCode() << 32) | text.length())) * GOLDEN;
        return h ^ (h >>> 29);
    }

    /**
     * Adds a fingerprint.
     *
     * @param fingerprint from {@link #fingerprint}
     * @return true when it was not in the set
     */
    boolean add(long fingerprint) {
        if (fingerprint == EMPTY) {
            boolean added = !hasEmpty;
            hasEmpty = true;
            size += added ? 1 : 0;
            return added;
        }
        int at = find(slots, fingerprint);
        if (slots[at] == fingerprint) {
            return false;
        }
        slots[at] = fingerprint;
        if (++size * 2 > slots.length) {
            grow();
        }
        return true;
    }

    /**
     * Tells whether the set holds a fingerprint.
     *
     * @param fingerprint from {@link #fingerprint}
     * @return true when present
     */
    boolean contains(long fingerprint) {
        return fingerprint == EMPTY ? hasEmpty : slots[find(slots, fingerprint)] == fingerprint;
    }

    /**
     * Returns the number of distinct fingerprints.
     *
     * @return the size
     */
    int size() {
        return size;
    }

    /** The slot holding the value, or the empty slot where it belongs (linear probing; the table is never full). */
    private static int find(long[] table, long value) {
        int mask = table.length - 1;
        int at = (int) value & mask;
        while (table[at] != EMPTY && table[at] != value) {
            at = (at + 1) & mask;
        }
        return at;
    }

    private void grow() {
        long[] larger = new long[slots.length * 2];
        for (long value : slots) {
            if (value != EMPTY) {
                larger[find(larger, value)] = value;
            }
        }
        slots = larger;
    }
}
