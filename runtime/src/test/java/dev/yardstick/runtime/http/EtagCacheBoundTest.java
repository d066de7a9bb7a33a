package dev.yardstick.runtime.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault matrix R28: the conditional-request cache stays within {@code yardstick.http.cache.max-entries} however many
 * runs and URLs go through it, in memory and on disk, and keeps the entries used most recently.
 */
class EtagCacheBoundTest {
    private static final int MAX = 50;

    @TempDir
    Path dir;

    @Test
    void manyRunsOverChangingUrlsNeverGrowTheCacheBeyondItsBound() throws Exception {
        Path file = dir.resolve("etags.json");
        String hot = EtagCache.key(Map.of("Authorization", "token a"), "https://api.example/hot");
        for (int run = 0; run < 100; run++) {
            EtagCache cache = EtagCache.load(file, MAX);
            cache.put(hot, new EtagCache.Entry("\"hot\"", "{}", ""));
            for (int page = 0; page < 20; page++) {
                String key = EtagCache.key(Map.of("Authorization", "token a"),
                        "https://api.example/runs?page=" + page + "&run=" + run);
                cache.put(key, new EtagCache.Entry("\"" + run + "-" + page + "\"", "[" + page + "]", ""));
            }
            cache.get(hot);
            assertTrue(cache.size() <= MAX, "run " + run + ": " + cache.size() + " entries");
            cache.save(file);
        }
        EtagCache last = EtagCache.load(file, MAX);
        assertEquals(MAX, last.size());
        assertEquals("\"hot\"", last.get(hot).orElseThrow().etag(), "the entry used every run is kept");
        assertTrue(Files.size(file) < 64 * 1024, Files.size(file) + " bytes on disk");
    }
}
