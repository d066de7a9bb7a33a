package dev.yardstick.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigResolveOptions;
import com.typesafe.config.ConfigValue;
import dev.yardstick.hocon.Origins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Loads the configuration layers, highest first: {@code --set} flags and {@code -D} system properties,
 * {@code --config FILE}, {@code config/application.conf}, each plugin's {@code reference.conf}, and the
 * {@code reference.conf} files on the class path (the runtime's and the built-in plugins').
 */
public final class ConfigLayers {
    /** The application file, relative to the working directory, loaded when present. */
    public static final String APPLICATION_FILE = "config/application.conf";

    private ConfigLayers() {
    }

    /**
     * Loads and resolves every layer. Problems (unreadable files, syntax errors, bad substitutions) are
     * gathered rather than thrown.
     *
     * @param sources the user's sources
     * @param pluginReferences the {@code reference.conf} of each plugin loaded from the plugins directory
     * @param appLoader the class loader whose class path {@code reference.conf} files are read
     * @return the merged configuration, the reference alone, and the problems
     */
    public static LoadedConfig load(ConfigSources sources, List<Config> pluginReferences, ClassLoader appLoader) {
        return load(parse(sources, appLoader), pluginReferences);
    }

    /**
     * The user's layers and the class path's {@code reference.conf} files, parsed but neither merged with the
     * plugins' files nor resolved: start-up reads the plugins directory from them, then loads with the plugins'
     * files, parsing each file once.
     *
     * @param user the {@code --set} flags, system properties, {@code --config FILE} and the application file
     * @param reference the class path's {@code reference.conf} files
     * @param problems the files' problems
     */
    record Parsed(Config user, Config reference, List<ConfigProblem> problems) {
        Parsed {
            problems = List.copyOf(problems);
        }
    }

    static Parsed parse(ConfigSources sources, ClassLoader appLoader) {
        List<ConfigProblem> problems = new ArrayList<>();
        Config reference = ConfigFactory.parseResources(appLoader, "reference.conf");
        Config user = SetOverrides.parse(sources.sets(), sources.systemProperties(), problems);
        if (sources.configFile().isPresent()) {
            Path file = sources.workingDir().resolve(sources.configFile().get());
            user = user.withFallback(parseFile(file, sources.workingDir(), true, problems));
        }
        Path application = sources.workingDir().resolve(APPLICATION_FILE);
        user = user.withFallback(parseFile(application, sources.workingDir(), false, problems));
        return new Parsed(user, reference, problems);
    }

    static LoadedConfig load(Parsed parsed, List<Config> pluginReferences) {
        List<ConfigProblem> problems = new ArrayList<>(parsed.problems());
        Config reference = ConfigFactory.empty();
        for (Config pluginReference : pluginReferences) {
            reference = reference.withFallback(pluginReference);
        }
        reference = reference.withFallback(parsed.reference());
        return new LoadedConfig(resolve(parsed.user().withFallback(reference), problems),
                resolve(reference, new ArrayList<>()), problems, collectorIds(parsed.user()));
    }

    /** The ids under yardstick.collectors in the user's layers, read without resolving substitutions. */
    private static Set<String> collectorIds(Config user) {
        ConfigValue yardstick = user.root().get("yardstick");
        if (!(yardstick instanceof ConfigObject)) {
            return Set.of();
        }
        ConfigValue collectors = ((ConfigObject) yardstick).get("collectors");
        return collectors instanceof ConfigObject ? Set.copyOf(((ConfigObject) collectors).keySet()) : Set.of();
    }

    /**
     * Names a file the way the user sees it: relative to the working directory when inside it.
     *
     * @param file the file
     * @param workingDir the working directory
     * @return the display name
     */
    public static String displayName(Path file, Path workingDir) {
        Path absolute = file.toAbsolutePath().normalize();
        Path base = workingDir.toAbsolutePath().normalize();
        return absolute.startsWith(base) ? base.relativize(absolute).toString() : file.toString();
    }

    private static Config parseFile(Path file, Path workingDir, boolean required, List<ConfigProblem> problems) {
        String name = displayName(file, workingDir);
        if (!Files.isRegularFile(file)) {
            if (required) {
                problems.add(new ConfigProblem(name, "", "configuration file not found"));
            }
            return ConfigFactory.empty();
        }
        try {
            return ConfigFactory.parseFile(file.toFile(),
                    ConfigParseOptions.defaults().setOriginDescription(name).setAllowMissing(false));
        } catch (ConfigException e) {
            problems.add(new ConfigProblem(e.origin() == null ? name : Origins.describe(e.origin()), "",
                    withoutOrigin(e)));
            return ConfigFactory.empty();
        }
    }

    private static Config resolve(Config config, List<ConfigProblem> problems) {
        try {
            return config.resolve();
        } catch (ConfigException e) {
            problems.add(new ConfigProblem(Origins.describe(e.origin()), "", withoutOrigin(e)));
            return config.resolve(ConfigResolveOptions.defaults().setAllowUnresolved(true));
        }
    }

    /** typesafe prefixes messages with the origin description; the problem carries the origin already. */
    static String withoutOrigin(ConfigException e) {
        String message = e.getMessage();
        if (e.origin() != null && message.startsWith(e.origin().description() + ": ")) {
            return message.substring(e.origin().description().length() + 2);
        }
        return message;
    }
}
