package dev.yardstick.runtime.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the user gave on the command line and in the environment, the input of {@link RuntimeBootstrap}.
 *
 * @param configFile the {@code --config FILE}, relative paths taken from the working directory
 * @param sets the {@code --set path=value} flags, in order (a later flag wins)
 * @param workingDir the directory {@code config/application.conf}, the plugins directory and relative files
 *     are resolved against
 * @param systemProperties the {@code -D} layer; only keys starting with {@code yardstick.} are used
 */
public record ConfigSources(Optional<Path> configFile, List<String> sets, Path workingDir,
        Map<String, String> systemProperties) {

    /** Validates and copies the components. */
    public ConfigSources {
        requireNonNull(configFile, "configFile is null");
        sets = List.copyOf(sets);
        requireNonNull(workingDir, "workingDir is null");
        systemProperties = Map.copyOf(systemProperties);
    }

    /**
     * Creates sources from the process: the current directory and the {@code yardstick.*} system properties.
     *
     * @param configFile the {@code --config FILE}, if given
     * @param sets the {@code --set} flags
     * @return the sources
     */
    public static ConfigSources fromProcess(Optional<Path> configFile, List<String> sets) {
        Map<String, String> properties = new TreeMap<>();
        System.getProperties().stringPropertyNames().stream()
                .filter(name -> name.startsWith("yardstick."))
                .forEach(name -> properties.put(name, System.getProperty(name)));
        return new ConfigSources(configFile, sets, Path.of("").toAbsolutePath(), properties);
    }
}
