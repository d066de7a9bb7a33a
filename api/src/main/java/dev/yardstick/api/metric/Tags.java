package dev.yardstick.api.metric;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable set of Datadog tags, sorted by key, with at most one value per key.
 *
 * <p>A tag renders as {@code key:value}, or as {@code key} alone when its value is empty. Adding a tag
 * whose key is already present replaces the value, so later pipeline stages can override earlier ones.
 * Instances are value objects: equal when their keys and values are equal, safe to share between threads.
 *
 * <p>Tags sit on every metric point, so they are cheap by design: one array of keys and values sorted by key, merged
 * with other tags in one pass ({@link #and(Tags)}), looked up by binary search, and read by position without
 * allocating ({@link #keyAt}, {@link #valueAt}); the hash, the {@linkplain #rendered() rendered} form and the
 * {@linkplain #asMap() map view} are computed once, on first use.
 */
public final class Tags {
    private static final String[] NONE = new String[0];
    private static final Tags EMPTY = new Tags(NONE);
    /** Above this many tags, a build sorts with the JDK's merge sort instead of an insertion sort. */
    private static final int INSERTION_SORT_MAX = 16;

    /** Keys at even positions, each followed by its value; sorted by key, keys distinct, validated. */
    private final String[] entries;
    /** Cached hash; 0 until computed (a set whose hash is 0 recomputes it, as {@link String} does). */
    private int hash;
    /**
     * Cached views. Both are immutable objects published through final fields, so a racy first computation is
     * safe: a thread sees either null (and computes its own, equal copy) or a complete object.
     */
    private List<String> rendered;
    private SortedMap<String, String> map;

    /** Takes ownership of the array. */
    private Tags(String[] entries) {
        this.entries = entries;
    }

    /**
     * Returns the empty tag set.
     *
     * @return tags with no entries
     */
    public static Tags empty() {
        return EMPTY;
    }

    /**
     * Builds tags from alternating keys and values: {@code Tags.of("repo", "acme/widgets", "env", "prod")}. When a
     * key appears more than once, its last value wins.
     *
     * @param keysAndValues an even number of non-null strings, keys at even positions
     * @return the tag set
     * @throws IllegalArgumentException if the number of arguments is odd or a key is blank
     */
    public static Tags of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Tags.of needs key/value pairs, got " + keysAndValues.length + " strings");
        }
        return build(keysAndValues.clone());
    }

    /**
     * Builds tags from a map of keys to values.
     *
     * @param map keys and values, none null
     * @return the tag set
     * @throws IllegalArgumentException if a key is blank
     */
    public static Tags of(Map<String, String> map) {
        String[] pairs = new String[2 * map.size()];
        int i = 0;
        for (Map.Entry<String, String> entry : map.entrySet()) {
            pairs[i++] = entry.getKey();
            pairs[i++] = entry.getValue();
        }
        return build(pairs);
    }

    /**
     * Parses rendered tags such as {@code repo:acme/widgets}; the key is the text before the first colon. When a
     * key appears more than once, its last value wins.
     *
     * @param rendered tags in {@code key:value} or {@code key} form
     * @return the tag set
     * @throws IllegalArgumentException if a key is blank
     */
    public static Tags parse(List<String> rendered) {
        String[] pairs = new String[2 * rendered.size()];
        int i = 0;
        for (String tag : rendered) {
            int colon = tag.indexOf(':');
            pairs[i++] = colon < 0 ? tag : tag.substring(0, colon);
            pairs[i++] = colon < 0 ? "" : tag.substring(colon + 1);
        }
        return build(pairs);
    }

    /**
     * Returns these tags with one more tag, replacing any value already held for {@code key}.
     *
     * @param key the tag key, not blank
     * @param value the tag value, possibly empty
     * @return a tag set with the tag: this one when it already holds that value for that key
     * @throws IllegalArgumentException if the key is blank
     */
    public Tags and(String key, String value) {
        check(key, value);
        int at = indexOf(key);
        if (at >= 0) {
            if (entries[2 * at + 1].equals(value)) {
                return this;
            }
            String[] replaced = entries.clone();
            replaced[2 * at + 1] = value;
            return new Tags(replaced);
        }
        int insert = 2 * (-at - 1);
        String[] added = new String[entries.length + 2];
        System.arraycopy(entries, 0, added, 0, insert);
        added[insert] = key;
        added[insert + 1] = value;
        System.arraycopy(entries, insert, added, insert + 2, entries.length - insert);
        return new Tags(added);
    }

    /**
     * Returns these tags merged with {@code other}; on a shared key the value of {@code other} wins. Both sets are
     * already sorted, so the merge takes one pass over each.
     *
     * @param other the tags to add
     * @return a tag set with both: this one when {@code other} is empty, {@code other} when this one is
     */
    public Tags and(Tags other) {
        String[] theirs = other.entries;
        if (theirs.length == 0) {
            return this;
        }
        if (entries.length == 0) {
            return other;
        }
        String[] merged = new String[entries.length + theirs.length];
        int mine = 0;
        int their = 0;
        int size = 0;
        while (mine < entries.length && their < theirs.length) {
            int order = entries[mine].compareTo(theirs[their]);
            if (order < 0) {
                merged[size++] = entries[mine++];
                merged[size++] = entries[mine++];
            } else {
                mine += order == 0 ? 2 : 0; // a shared key: other's value wins
                merged[size++] = theirs[their++];
                merged[size++] = theirs[their++];
            }
        }
        System.arraycopy(entries, mine, merged, size, entries.length - mine);
        size += entries.length - mine;
        System.arraycopy(theirs, their, merged, size, theirs.length - their);
        size += theirs.length - their;
        return new Tags(size == merged.length ? merged : Arrays.copyOf(merged, size));
    }

    /**
     * Returns these tags without the given key.
     *
     * @param key the key to remove
     * @return a new tag set, or this one when the key is absent
     */
    public Tags without(String key) {
        int at = indexOf(requireNonNull(key, "key is null"));
        if (at < 0) {
            return this;
        }
        String[] removed = new String[entries.length - 2];
        System.arraycopy(entries, 0, removed, 0, 2 * at);
        System.arraycopy(entries, 2 * at + 2, removed, 2 * at, entries.length - 2 * at - 2);
        return new Tags(removed);
    }

    /**
     * Returns the value held for a key.
     *
     * @param key the tag key
     * @return the value, or empty when the key is absent
     */
    public Optional<String> get(String key) {
        int at = indexOf(requireNonNull(key, "key is null"));
        return at < 0 ? Optional.empty() : Optional.of(entries[2 * at + 1]);
    }

    /**
     * Returns the key at a position in key order, for reading tags without allocating.
     *
     * @param index from 0 (the smallest key) to {@link #size()} - 1
     * @return the key
     * @throws IndexOutOfBoundsException if the index is outside that range
     */
    public String keyAt(int index) {
        return entries[2 * Objects.checkIndex(index, size())];
    }

    /**
     * Returns the value of the key at a position in key order ({@link #keyAt}).
     *
     * @param index from 0 to {@link #size()} - 1
     * @return the value, possibly empty
     * @throws IndexOutOfBoundsException if the index is outside that range
     */
    public String valueAt(int index) {
        return entries[2 * Objects.checkIndex(index, size()) + 1];
    }

    /**
     * Returns the tags as a sorted, unmodifiable map of keys to values, built on first use.
     *
     * @return the entries
     */
    public SortedMap<String, String> asMap() {
        SortedMap<String, String> view = map;
        if (view == null) {
            TreeMap<String, String> copy = new TreeMap<>();
            for (int i = 0; i < entries.length; i += 2) {
                copy.put(entries[i], entries[i + 1]);
            }
            view = Collections.unmodifiableSortedMap(copy);
            map = view;
        }
        return view;
    }

    /**
     * Returns the tags rendered the way Datadog receives them, sorted by key; built on first use, then the same
     * list on every call.
     *
     * @return unmodifiable {@code key:value} strings ({@code key} alone for an empty value)
     */
    public List<String> rendered() {
        List<String> view = rendered;
        if (view == null) {
            String[] out = new String[size()];
            for (int i = 0; i < out.length; i++) {
                String key = entries[2 * i];
                String value = entries[2 * i + 1];
                out[i] = value.isEmpty() ? key : key + ":" + value;
            }
            view = List.of(out);
            rendered = view;
        }
        return view;
    }

    /**
     * Returns the number of tags.
     *
     * @return the count of keys
     */
    public int size() {
        return entries.length / 2;
    }

    /**
     * Tells whether there are no tags.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return entries.length == 0;
    }

    /** The position of a key, or {@code -(insertion point) - 1} when absent, as {@link Arrays#binarySearch}. */
    private int indexOf(String key) {
        int low = 0;
        int high = size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int order = entries[2 * mid].compareTo(key);
            if (order < 0) {
                low = mid + 1;
            } else if (order > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    /** Validates, sorts by key (stably) and keeps the last value of a repeated key; takes ownership of the pairs. */
    private static Tags build(String[] pairs) {
        if (pairs.length == 0) {
            return EMPTY;
        }
        for (int i = 0; i < pairs.length; i += 2) {
            check(pairs[i], pairs[i + 1]);
        }
        String[] sorted = pairs.length / 2 <= INSERTION_SORT_MAX ? insertionSort(pairs) : mergeSort(pairs);
        int size = 0;
        for (int i = 0; i < sorted.length; i += 2) {
            if (size > 0 && sorted[size - 2].equals(sorted[i])) {
                sorted[size - 1] = sorted[i + 1]; // a later value of the same key wins
            } else {
                sorted[size++] = sorted[i];
                sorted[size++] = sorted[i + 1];
            }
        }
        return new Tags(size == sorted.length ? sorted : Arrays.copyOf(sorted, size));
    }

    private static String[] insertionSort(String[] pairs) {
        for (int i = 2; i < pairs.length; i += 2) {
            String key = pairs[i];
            String value = pairs[i + 1];
            int j = i - 2;
            while (j >= 0 && pairs[j].compareTo(key) > 0) {
                pairs[j + 2] = pairs[j];
                pairs[j + 3] = pairs[j + 1];
                j -= 2;
            }
            pairs[j + 2] = key;
            pairs[j + 3] = value;
        }
        return pairs;
    }

    private static String[] mergeSort(String[] pairs) {
        Integer[] order = new Integer[pairs.length / 2];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparing(i -> pairs[2 * i])); // stable: equal keys keep their input order
        String[] sorted = new String[pairs.length];
        for (int i = 0; i < order.length; i++) {
            sorted[2 * i] = pairs[2 * order[i]];
            sorted[2 * i + 1] = pairs[2 * order[i] + 1];
        }
        return sorted;
    }

    private static void check(String key, String value) {
        requireNonNull(key, "tag key is null");
        if (value == null) { // not requireNonNull's supplier: that would allocate a lambda on every tag
            throw new NullPointerException("value of tag '" + key + "' is null");
        }
        if (key.isBlank()) {
            throw new IllegalArgumentException("tag key is blank");
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Tags)) {
            return false;
        }
        Tags that = (Tags) other;
        int mine = hash;
        int theirs = that.hash;
        return (mine == 0 || theirs == 0 || mine == theirs) && Arrays.equals(entries, that.entries);
    }

    /**
     * Returns a hash of the keys and values in key order, computed once.
     *
     * @return the hash
     */
    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0 && entries.length > 0) {
            h = Arrays.hashCode(entries);
            hash = h;
        }
        return h;
    }

    /**
     * Returns the rendered tags joined by commas, e.g. {@code env:prod,repo:acme/widgets}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return String.join(",", rendered());
    }
}
