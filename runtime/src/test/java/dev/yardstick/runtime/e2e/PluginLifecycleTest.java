package dev.yardstick.runtime.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.runtime.RunOptions;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.config.ConfigSources;
import dev.yardstick.runtime.discovery.PluginJarBuilder;
import dev.yardstick.testkit.FakeClock;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedder that builds, runs and closes Yardstick over and over keeps no plugin class loader alive. */
class PluginLifecycleTest {
    private static final int CYCLES = 100;

    @TempDir
    Path dir;

    @Test
    void closingYardstickReleasesThePluginClassLoaders() throws Exception {
        Path jar = PluginJarBuilder.plugin("greeter").build(dir.resolve("plugins"));
        ConfigSources sources = new ConfigSources(Optional.empty(), List.of(
                "yardstick.collectors.greeter.greeting=hi"), dir, Map.of());
        FakeClock clock = FakeClock.at(Instant.parse("2026-06-01T00:00:00Z"));
        List<WeakReference<ClassLoader>> loaders = new ArrayList<>();
        int threadsBefore = Thread.activeCount();
        for (int i = 0; i < CYCLES; i++) {
            try (Yardstick yardstick = Yardstick.builder(sources).clock(clock).sleeper(clock::sleep)
                    .withoutConfiguredSinks().build()) {
                loaders.add(new WeakReference<>(yardstick.startup().collectors().get(0).factory().classLoader()));
                assertEquals(0, yardstick.run(new RunOptions(Optional.empty(), Set.of(), false)).exitCode());
            }
        }
        assertEquals(0, openHandles(jar), "the plugin jar is still open after close");
        long alive = 0;
        for (int attempt = 0; attempt < 50; attempt++) {
            System.gc();
            alive = loaders.stream().filter(ref -> ref.get() != null).count();
            if (alive == 0) {
                break;
            }
            Thread.sleep(20);
        }
        assertEquals(0, alive, "plugin class loaders still reachable after close");
        assertEquals(true, Thread.activeCount() <= threadsBefore + 4,
                "threads before " + threadsBefore + ", after " + Thread.activeCount());
    }

    /** Counts this process's open file descriptors on the file (Linux); 0 where /proc is absent. */
    static long openHandles(Path file) throws IOException {
        Path fds = Path.of("/proc/self/fd");
        if (!Files.isDirectory(fds)) {
            return 0;
        }
        Path target = file.toRealPath();
        try (Stream<Path> links = Files.list(fds)) {
            return links.filter(link -> {
                try {
                    return Files.readSymbolicLink(link).equals(target);
                } catch (IOException | UnsupportedOperationException gone) {
                    return false;
                }
            }).count();
        }
    }
}
