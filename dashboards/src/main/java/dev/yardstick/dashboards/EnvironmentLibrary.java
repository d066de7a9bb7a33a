package dev.yardstick.dashboards;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * The configured environment as a one-file Jsonnet library ({@code environment.libsonnet}) searched before every
 * other, so monitors are compiled for it without external variables (the sources still compile unchanged under
 * any Jsonnet engine, where the bundled file gives the default environment).
 */
final class EnvironmentLibrary {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private EnvironmentLibrary() {
    }

    /**
     * Writes the library to a fresh temporary directory.
     *
     * @param environment the environment name, e.g. {@code staging}
     * @return the directory to put first on the library path
     * @throws IllegalArgumentException when the name is not a lower-case tag value
     */
    static Path write(String environment) {
        if (!NAME.matcher(environment).matches()) {
            throw new IllegalArgumentException("yardstick.environment must be a lower-case tag value "
                    + "(letters, digits, '-' and '_'), got '" + environment + "'");
        }
        try {
            Path dir = Files.createTempDirectory("yardstick-environment");
            Files.writeString(dir.resolve("environment.libsonnet"), "{ name: '" + environment + "' }\n");
            dir.toFile().deleteOnExit();
            dir.resolve("environment.libsonnet").toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the environment library", e);
        }
    }
}
