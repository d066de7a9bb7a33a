package dev.yardstick.runtime.discovery;

import dev.yardstick.api.SpiVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Checks a plugin before it is loaded: it must not bundle the {@code dev/yardstick/api/} classes, and its
 * manifest must carry {@value SpiVersion#MANIFEST_ATTRIBUTE} equal to {@link SpiVersion#CURRENT}. For an
 * expanded pf4j zip the manifest of {@code classes/} or of any jar in {@code lib/} counts.
 */
final class PluginJarCheck {
    private static final String API_PREFIX = "dev/yardstick/api/";

    private PluginJarCheck() {
    }

    /**
     * Checks a plugin jar or directory.
     *
     * @param pluginPath the jar, or the directory of an expanded zip
     * @return what is wrong, empty when the plugin may be loaded
     */
    static List<String> problems(Path pluginPath) {
        List<Path> jars = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Optional<String> version = Optional.empty();
        try {
            if (Files.isDirectory(pluginPath)) {
                jars.addAll(libJars(pluginPath));
                if (Files.isDirectory(pluginPath.resolve("classes").resolve(API_PREFIX))) {
                    problems.add(bundlesApi());
                }
                version = manifestVersion(pluginPath.resolve("classes/META-INF/MANIFEST.MF"));
            } else {
                jars.add(pluginPath);
            }
            for (Path jar : jars) {
                try (JarFile file = new JarFile(jar.toFile())) {
                    if (file.stream().anyMatch(entry -> entry.getName().startsWith(API_PREFIX))
                            && !problems.contains(bundlesApi())) {
                        problems.add(bundlesApi());
                    }
                    if (version.isEmpty() && file.getManifest() != null) {
                        version = attribute(file.getManifest());
                    }
                }
            }
        } catch (IOException e) {
            return List.of("cannot be read as a plugin (" + e.getClass().getSimpleName() + ")");
        }
        checkVersion(version).ifPresent(problems::add);
        return List.copyOf(problems);
    }

    private static String bundlesApi() {
        return "bundles the Yardstick api classes (" + API_PREFIX + "); declare yardstick-api with scope"
                + " 'provided' so the runtime's copy is shared";
    }

    private static Optional<String> checkVersion(Optional<String> version) {
        String expected = String.valueOf(SpiVersion.CURRENT);
        if (version.isEmpty()) {
            return Optional.of("manifest has no " + SpiVersion.MANIFEST_ATTRIBUTE + " attribute (this runtime has"
                    + " SPI version " + expected + ")");
        }
        if (!version.get().equals(expected)) {
            return Optional.of("built against SPI version " + version.get() + ", but this runtime has SPI version "
                    + expected);
        }
        return Optional.empty();
    }

    private static List<Path> libJars(Path pluginDir) throws IOException {
        Path lib = pluginDir.resolve("lib");
        if (!Files.isDirectory(lib)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(lib)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static Optional<String> manifestVersion(Path manifest) throws IOException {
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(manifest)) {
            return attribute(new Manifest(in));
        }
    }

    private static Optional<String> attribute(Manifest manifest) {
        return Optional.ofNullable(manifest.getMainAttributes().getValue(SpiVersion.MANIFEST_ATTRIBUTE))
                .map(String::trim);
    }
}
