package dev.yardstick.api.metric;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An immutable set of Datadog tags, sorted by key, with at most one value per key.
 *
 * <p>A tag renders as {@code key:value}, or as {@code key} alone when its value is empty. Adding a tag
 * whose key is already present replaces the value, so later pipeline stages can override earlier ones.
 * Instances are value objects: equal when their keys and values are equal, safe to share between threads.
 */
public final class Tags {
    private static final Tags EMPTY = new Tags(new TreeMap<>());

    private final SortedMap<String, String> entries;

    private Tags(SortedMap<String, String> entries) {
        this.entries = Collections.unmodifiableSortedMap(entries);
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
     * Builds tags from alternating keys and values: {@code Tags.of("repo", "acme/widgets", "env", "prod")}.
     *
     * @param keysAndValues an even number of non-null strings, keys at even positions
     * @return the tag set
     * @throws IllegalArgumentException if the number of arguments is odd or a key is blank
     */
    public static Tags of(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Tags.of needs key/value pairs, got " + keysAndValues.length + " strings");
        }
        TreeMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            put(map, keysAndValues[i], keysAndValues[i + 1]);
        }
        return new Tags(map);
    }

    /**
     * Builds tags from a map of keys to values.
     *
     * @param map keys and values, none null
     * @return the tag set
     */
    public static Tags of(Map<String, String> map) {
        TreeMap<String, String> copy = new TreeMap<>();
        map.forEach((key, value) -> put(copy, key, value));
        return new Tags(copy);
    }

    /**
     * Parses rendered tags such as {@code repo:acme/widgets}; the key is the text before the first colon.
     *
     * @param rendered tags in {@code key:value} or {@code key} form
     * @return the tag set
     */
    public static Tags parse(List<String> rendered) {
        TreeMap<String, String> map = new TreeMap<>();
        for (String tag : rendered) {
            int colon = tag.indexOf(':');
            put(map, colon < 0 ? tag : tag.substring(0, colon), colon < 0 ? "" : tag.substring(colon + 1));
        }
        return new Tags(map);
    }

    /**
     * Returns these tags with one more tag, replacing any value already held for {@code key}.
     *
     * @param key the tag key, not blank
     * @param value the tag value, possibly empty
     * @return a new tag set
     */
    public Tags and(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(entries);
        put(copy, key, value);
        return new Tags(copy);
    }

    /**
     * Returns these tags merged with {@code other}; on a shared key the value of {@code other} wins.
     *
     * @param other the tags to add
     * @return a new tag set
     */
    public Tags and(Tags other) {
        if (other.entries.isEmpty()) {
            return this;
        }
        TreeMap<String, String> copy = new TreeMap<>(entries);
        copy.putAll(other.entries);
        return new Tags(copy);
    }

    /**
     * Returns these tags without the given key.
     *
     * @param key the key to remove
     * @return a new tag set, or this one when the key is absent
     */
    public Tags without(String key) {
        if (!entries.containsKey(key)) {
            return this;
        }
        TreeMap<String, String> copy = new TreeMap<>(entries);
        copy.remove(key);
        return new Tags(copy);
    }

    /**
     * Returns the value held for a key.
     *
     * @param key the tag key
     * @return the value, or empty when the key is absent
     */
    public Optional<String> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * Returns the tags as a sorted, unmodifiable map of keys to values.
     *
     * @return the entries
     */
    public SortedMap<String, String> asMap() {
        return entries;
    }

    /**
     * Returns the tags rendered the way Datadog receives them, sorted by key.
     *
     * @return {@code key:value} strings ({@code key} alone for an empty value)
     */
    public List<String> rendered() {
        List<String> out = new ArrayList<>(entries.size());
        entries.forEach((key, value) -> out.add(value.isEmpty() ? key : key + ":" + value));
        return List.copyOf(out);
    }

    /**
     * Returns the number of tags.
     *
     * @return the count of keys
     */
    public int size() {
        return entries.size();
    }

    /**
     * Tells whether there are no tags.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return entries.isEmpty();
    }

    private static void put(Map<String, String> map, String key, String value) {
        requireNonNull(key, "tag key is null");
        requireNonNull(value, () -> "value of tag '" + key + "' is null");
        if (key.isBlank()) {
            throw new IllegalArgumentException("tag key is blank");
        }
        map.put(key, value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Tags && ((Tags) other).entries.equals(entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return String.join(",", rendered());
    }
}
