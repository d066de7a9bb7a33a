package dev.yardstick.runtime.http;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conditional-request cache: the last ETag and body of each cacheable GET, keyed by the SHA-256 of the
 * request's credential headers and URL, so a different token never sees another token's answer and neither
 * credentials nor URLs are stored. Least recently used entries go first beyond {@code maxEntries}.
 * Thread-safe.
 */
public final class EtagCache {
    private static final System.Logger LOG = System.getLogger(EtagCache.class.getName());
    /** Created when a cache file is read or written: commands that fetch nothing load no Jackson class. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    /** Headers that describe the representation; a 304 may omit them, so they are kept with the body. */
    /**
     * One cached answer.
     *
     * @param etag the entity tag the upstream sent
     * @param body the body it came with
     * @param link the {@code Link} header it came with (pagination), empty when none
     */
    public record Entry(String etag, String body, String link) {
        /** Validates the components. */
        public Entry {
            requireNonNull(etag, "etag is null");
            requireNonNull(body, "body is null");
            requireNonNull(link, "link is null");
        }
    }

    private final int maxEntries;
    private final LinkedHashMap<String, Entry> entries;

    /**
     * Creates an empty cache.
     *
     * @param maxEntries bound on the number of entries
     */
    public EtagCache(int maxEntries) {
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > EtagCache.this.maxEntries;
            }
        };
    }

    /**
     * Computes the key of a request.
     *
     * @param headers the request headers (only credential headers count)
     * @param url the full URL
     * @return the hex SHA-256 of the credential headers and the URL
     */
    public static String key(Map<String, String> headers, String url) {
        StringBuilder material = new StringBuilder();
        CredentialHeaders.credentials(headers).forEach((name, value) ->
                material.append(name).append('\u0000').append(value).append('\u0000'));
        material.append('\u0001').append(url);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(material.toString().getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder(digest.length * 2);
            for (byte b : digest) {
                hex.append(String.format("%02x", b));
            }
            return hex.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /**
     * Looks up an entry.
     *
     * @param key the request's key
     * @return the entry, or empty
     */
    public synchronized Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /**
     * Stores an entry, replacing any held for the key.
     *
     * @param key the request's key
     * @param entry the answer
     */
    public synchronized void put(String key, Entry entry) {
        if (maxEntries > 0) {
            entries.put(key, entry);
        }
    }

    /**
     * Returns the number of entries.
     *
     * @return the size
     */
    public synchronized int size() {
        return entries.size();
    }

    /**
     * Loads a cache saved by {@link #save}; a missing or unreadable file gives an empty cache.
     *
     * @param file the cache file
     * @param maxEntries bound on the number of entries
     * @return the cache
     */
    public static EtagCache load(Path file, int maxEntries) {
        EtagCache cache = new EtagCache(maxEntries);
        if (!Files.isRegularFile(file)) {
            return cache;
        }
        try {
            JsonNode root = Json.MAPPER.readTree(file.toFile());
            for (JsonNode node : root.path("entries")) {
                cache.put(node.path("key").asText(), new Entry(node.path("etag").asText(), node.path("body").asText(),
                        node.path("link").asText("")));
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "HTTP cache {0} is unreadable ({1}); starting empty", file,
                    e.toString());
            return new EtagCache(maxEntries);
        }
        return cache;
    }

    /**
     * Writes the cache, least recently used first, through a temporary file and a rename.
     *
     * @param file the cache file
     * @throws IOException if it cannot be written
     */
    public void save(Path file) throws IOException {
        Map<String, Entry> copy;
        synchronized (this) {
            copy = new LinkedHashMap<>(entries);
        }
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("version", 1);
        ArrayNode array = root.putArray("entries");
        copy.forEach((key, entry) -> array.addObject().put("key", key).put("etag", entry.etag())
                .put("body", entry.body()).put("link", entry.link()));
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
        Files.writeString(temp, Json.MAPPER.writeValueAsString(root), StandardCharsets.UTF_8);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
