package dev.yardstick.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.runtime.discovery.DiscoveredFactory;
import dev.yardstick.runtime.discovery.DiscoveryResult;
import dev.yardstick.runtime.discovery.PluginDiscovery;
import dev.yardstick.runtime.discovery.PluginProblem;
import dev.yardstick.runtime.discovery.PluginReferences;
import dev.yardstick.runtime.secrets.AwsSecretsSettings;
import dev.yardstick.runtime.secrets.Redactor;
import dev.yardstick.runtime.secrets.SecretReferences;
import dev.yardstick.runtime.secrets.WebIdentityCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one entry point of start-up: loads the configuration, discovers plugins, validates, resolves secrets and
 * builds the collector instances. Every problem (configuration, discovery, secrets) is gathered into one
 * {@link StartupException}.
 */
public final class RuntimeBootstrap {
    private static final String PLUGINS_DIR = "yardstick.plugins-dir";

    private RuntimeBootstrap() {
    }

    /**
     * Starts with the process environment and the class loader that loaded the runtime.
     *
     * @param sources the user's configuration sources
     * @return what start-up established
     * @throws StartupException listing every problem found
     */
    public static Startup start(ConfigSources sources) throws StartupException {
        return start(sources, RuntimeBootstrap.class.getClassLoader(), System.getenv());
    }

    /**
     * Starts with an explicit class loader and environment (for tests and embedding).
     *
     * @param sources the user's configuration sources
     * @param appLoader the class loader of built-in plugins, parent of every plugin loader
     * @param environment the environment variables {@code secret:env:} references read
     * @return what start-up established
     * @throws StartupException listing every problem found
     */
    public static Startup start(ConfigSources sources, ClassLoader appLoader, Map<String, String> environment)
            throws StartupException {
        return start(sources, appLoader, environment, List.of(), List.of());
    }

    /**
     * Starts with an explicit class loader and environment, and collector factories registered in code.
     *
     * @param sources the user's configuration sources
     * @param appLoader the class loader of built-in plugins, parent of every plugin loader
     * @param environment the environment variables {@code secret:env:} references read
     * @param registered factories an embedding service registered in code, next to the discovered ones
     * @param registeredReferences their defaults, given in code, a layer like a plugin's {@code reference.conf}
     * @return what start-up established
     * @throws StartupException listing every problem found
     */
    public static Startup start(ConfigSources sources, ClassLoader appLoader, Map<String, String> environment,
            List<CollectorFactory> registered, List<Config> registeredReferences) throws StartupException {
        ConfigLayers.Parsed parsed = ConfigLayers.parse(sources, appLoader);
        Config firstPass = ConfigLayers.load(parsed, List.of()).config();
        Optional<Path> pluginsDir = pluginsDir(firstPass, sources.workingDir());
        DiscoveryResult discovery = PluginDiscovery.scan(pluginsDir, appLoader, registered);
        List<PluginProblem> pluginProblems = new ArrayList<>(discovery.problems());
        List<Config> pluginReferences = new ArrayList<>(registeredReferences);
        pluginReferences.addAll(PluginReferences.read(discovery.factories(), pluginProblems));
        List<ConfigProblem> discoveryProblems = pluginProblems.stream()
                .map(problem -> new ConfigProblem(problem.origin(), "", problem.message())).toList();
        List<ConfigProblem> problems = new ArrayList<>();

        LoadedConfig loaded = ConfigLayers.load(parsed, pluginReferences);
        Config config = loaded.config();
        problems.addAll(loaded.problems());
        Map<String, DiscoveredFactory> byType = new LinkedHashMap<>();
        discovery.factories().forEach(factory -> byType.put(factory.type(), factory));
        problems.addAll(ConfigValidator.validate(config, loaded.reference(), byType.keySet()));

        SecretReferences secrets = new SecretReferences(environment, sources.workingDir(), awsSettings(config));
        SecretReferences.stsProblem(appLoader).ifPresent(message ->
                problems.add(new ConfigProblem("class path", "yardstick.secrets.aws", message)));
        WebIdentityCheck.problem(environment).ifPresent(message ->
                problems.add(new ConfigProblem("environment", "", message)));
        problems.addAll(SecretScan.resolveAll(config, loaded.configuredCollectors(), secrets));
        List<CollectorInstance> collectors = CollectorInstances.build(config, loaded.reference(),
                loaded.configuredCollectors(), byType, secrets, problems);
        Redactor redactor = Redactor.of(config, collectorSecretPaths(collectors), secrets);
        problems.sort(ConfigProblem.BY_ORIGIN);
        problems.addAll(0, discoveryProblems);
        if (!problems.isEmpty()) {
            secrets.close();
            discovery.loaders().close();
            throw new StartupException(problems.stream().map(problem -> new ConfigProblem(problem.origin(),
                    problem.path(), redactor.redact(problem.message()))).toList());
        }
        return new Startup(config, discovery.factories(), secrets, redactor, collectors, discovery.loaders());
    }

    private static Optional<Path> pluginsDir(Config firstPass, Path workingDir) {
        try {
            return Optional.of(workingDir.resolve(firstPass.getString(PLUGINS_DIR)));
        } catch (ConfigException e) {
            return Optional.empty(); // the full pass reports the bad value
        }
    }

    private static AwsSecretsSettings awsSettings(Config config) {
        try {
            return AwsSecretsSettings.from(config);
        } catch (ConfigException e) {
            return new AwsSecretsSettings(Optional.empty(), Optional.empty());
        }
    }

    private static Set<String> collectorSecretPaths(List<CollectorInstance> collectors) {
        Set<String> paths = new HashSet<>();
        for (CollectorInstance instance : collectors) {
            instance.factory().factory().secretKeys()
                    .forEach(key -> paths.add(CollectorBlocks.path(instance.id()) + "." + key));
        }
        return paths;
    }
}
