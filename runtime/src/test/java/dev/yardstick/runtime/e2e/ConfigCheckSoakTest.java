package dev.yardstick.runtime.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.config.ConfigSources;
import dev.yardstick.runtime.config.StartupException;
import dev.yardstick.runtime.discovery.PluginJarBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault matrix R28, the configuration's share: many start-ups in one process (what {@code run --every} and an
 * embedding service do), most of them refused — a FIFO and an empty file as secrets, a plugin whose reference.conf
 * reaches outside its block — leak no file descriptor, no thread and no open plugin jar.
 */
class ConfigCheckSoakTest {
    private static final int CYCLES = 60;

    @TempDir
    Path dir;

    @Test
    void refusedAndAcceptedStartUpsLeakNothing() throws Exception {
        Path good = PluginJarBuilder.plugin("greeter").build(dir.resolve("good"));
        Path hostile = PluginJarBuilder.plugin("greeter").reference("yardstick.run.deadline = 1s\n")
                .build(dir.resolve("hostile"));
        Files.writeString(dir.resolve("empty.txt"), "");
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("key.fifo").toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo");
        List<List<String>> refused = List.of(
                List.of("yardstick.plugins-dir=good", "yardstick.datadog.api-key=\"secret:file:key.fifo\""),
                List.of("yardstick.plugins-dir=good", "yardstick.datadog.api-key=\"secret:file:empty.txt\""),
                List.of("yardstick.plugins-dir=hostile"));
        List<String> accepted = List.of("yardstick.plugins-dir=good", "yardstick.collectors.greeter={}",
                "yardstick.sinks.outbox.enabled=false", "yardstick.sinks.console.enabled=false");

        cycle(refused, accepted, 5); // warm-up: class loading, JIT and lazily started JDK threads
        long fdsBefore = openDescriptors();
        int threadsBefore = Thread.activeCount();
        cycle(refused, accepted, CYCLES);

        assertEquals(0, PluginLifecycleTest.openHandles(good), "the good plugin jar is still open");
        assertEquals(0, PluginLifecycleTest.openHandles(hostile), "the refused plugin jar is still open");
        assertTrue(openDescriptors() <= fdsBefore + 4, "descriptors before " + fdsBefore + ", after "
                + openDescriptors());
        assertTrue(Thread.activeCount() <= threadsBefore + 4, "threads before " + threadsBefore + ", after "
                + Thread.activeCount());
    }

    private void cycle(List<List<String>> refused, List<String> accepted, int cycles) {
        for (int i = 0; i < cycles; i++) {
            List<String> sets = i % 4 == 3 ? accepted : refused.get(i % 4);
            ConfigSources sources = new ConfigSources(Optional.empty(), sets, dir, Map.of());
            if (sets == accepted) {
                Yardstick.builder(sources).build().close();
            } else {
                assertThrows(StartupException.class, () -> Yardstick.builder(sources).build());
            }
        }
    }

    /** This process's open file descriptors (Linux); 0 where /proc is absent. */
    private static long openDescriptors() throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return 0;
        }
        try (Stream<Path> links = Files.list(fds)) {
            return links.count();
        }
    }
}
