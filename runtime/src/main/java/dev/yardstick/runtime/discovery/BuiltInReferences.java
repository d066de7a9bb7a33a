package dev.yardstick.runtime.discovery;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigParseOptions;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks the {@code reference.conf} of each built-in plugin (a jar or classes directory on the class path that
 * holds collector factories) with {@link ReferenceScope}. The file is found as the class path's
 * {@code reference.conf} that sits in the same jar or directory as the factory classes; the runtime's own file
 * and libraries' files hold no factory and are not checked.
 */
final class BuiltInReferences {
    private static final String REFERENCE = "reference.conf";

    private BuiltInReferences() {
    }

    static void check(List<DiscoveredFactory> factories, List<PluginProblem> problems) {
        Map<String, Set<String>> typesByLocation = new LinkedHashMap<>();
        Map<String, ClassLoader> loaders = new LinkedHashMap<>();
        for (DiscoveredFactory factory : factories) {
            CodeSource source = factory.factory().getClass().getProtectionDomain().getCodeSource();
            if (factory.builtIn() && source != null && source.getLocation() != null) {
                String location = source.getLocation().toString();
                typesByLocation.computeIfAbsent(location, key -> new TreeSet<>()).add(factory.type());
                loaders.putIfAbsent(location, factory.classLoader());
            }
        }
        Map<ClassLoader, List<URL>> referencesByLoader = new HashMap<>(); // built-ins share the class path's loader
        typesByLocation.forEach((location, types) -> {
            String origin = displayName(location);
            for (URL url : referencesByLoader.computeIfAbsent(loaders.get(location), BuiltInReferences::references)) {
                if (url.toString().equals(location + REFERENCE)
                        || url.toString().equals("jar:" + location + "!/" + REFERENCE)) {
                    parse(url, origin, problems).ifPresent(config ->
                            ReferenceScope.check(config, types, origin, problems));
                }
            }
        });
    }

    private static List<URL> references(ClassLoader loader) {
        try {
            return Collections.list(loader.getResources(REFERENCE));
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Config> parse(URL url, String origin, List<PluginProblem> problems) {
        try {
            return Optional.of(ConfigFactory.parseURL(url,
                    ConfigParseOptions.defaults().setOriginDescription(origin + "!/" + REFERENCE)));
        } catch (ConfigException e) {
            problems.add(new PluginProblem(origin + "!/" + REFERENCE, e.getMessage()));
            return Optional.empty();
        }
    }

    private static String displayName(String location) {
        try {
            return Path.of(new URL(location).toURI()).toString();
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return location;
        }
    }
}
