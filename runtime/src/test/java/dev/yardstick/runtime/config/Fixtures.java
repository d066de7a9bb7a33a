package dev.yardstick.runtime.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Copies the configuration fixtures beside the tests into a working directory. */
final class Fixtures {

    private Fixtures() {
    }

    static Path copy(String fixture, Path workingDir, String target) {
        try (InputStream in = Fixtures.class.getResourceAsStream(fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            Path file = workingDir.resolve(target);
            Files.createDirectories(file.getParent());
            Files.write(file, in.readAllBytes());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sources with a {@code --config} file copied to {@code config/<fixture>}, no flags, no properties. */
    static ConfigSources withConfigFile(String fixture, Path workingDir) {
        copy(fixture, workingDir, "config/" + fixture);
        return new ConfigSources(Optional.of(Path.of("config", fixture)), List.of(), workingDir, Map.of());
    }
}
