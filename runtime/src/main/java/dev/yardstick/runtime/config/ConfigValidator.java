package dev.yardstick.runtime.config;

import static java.util.Objects.requireNonNull;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.yardstick.hocon.Origins;
import dev.yardstick.hocon.SecretKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Validates the {@code yardstick} tree against the reference: unknown keys (with the nearest valid key
 * suggested), values whose type differs from the reference's, and values out of range (zero or negative
 * durations, negative counts, limits and sizes: {@link ValueTypes#outOfRange}). Every problem is gathered.
 *
 * <p>Collector instances ({@code yardstick.collectors.<id>}) are checked against their plugin's
 * {@code yardstick.collectors.<type>} block plus {@code yardstick.collector-defaults}. A sink
 * ({@code yardstick.sinks.<name>}) is checked against the reference sink of the same name when there is one,
 * else against the reference sink whose {@code type} equals its own. {@code yardstick.pipeline.tags},
 * each collector's {@code tags} and every object that is empty in the reference (a plugin's map setting such as
 * the EC2 collector's {@code on-demand-prices}, whose keys the plugin validates) are free-form maps.
 */
public final class ConfigValidator {
    private static final String ROOT = "yardstick";
    private static final String SINKS = "yardstick.sinks";
    private static final Set<String> FREE_FORM = Set.of("yardstick.pipeline.tags");

    private final Config reference;
    private final Set<String> knownTypes;
    private final List<ConfigProblem> problems = new ArrayList<>();

    private ConfigValidator(Config reference, Set<String> knownTypes) {
        this.reference = requireNonNull(reference, "reference is null");
        this.knownTypes = new TreeSet<>(knownTypes);
    }

    /**
     * Validates a configuration.
     *
     * @param config the merged, resolved configuration
     * @param reference the reference layers alone, resolved
     * @param knownTypes the collector types discovered
     * @return every problem found, empty when valid
     */
    public static List<ConfigProblem> validate(Config config, Config reference, Set<String> knownTypes) {
        ConfigValidator validator = new ConfigValidator(reference, knownTypes);
        if (config.hasPath(ROOT)) {
            validator.checkObject(ROOT, config.getObject(ROOT), reference.getObject(ROOT), FREE_FORM);
        }
        return List.copyOf(validator.problems);
    }

    /**
     * Returns the type of a collector instance: its {@code type} setting, or its id up to the first {@code /}.
     *
     * @param id the instance id
     * @param block the instance block
     * @return the type
     */
    public static String collectorType(String id, ConfigObject block) {
        ConfigValue type = block.get("type");
        if (type != null && type.valueType() == ConfigValueType.STRING) {
            return (String) type.unwrapped();
        }
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    private void checkObject(String path, ConfigObject actual, ConfigObject schema, Set<String> freeForm) {
        for (Map.Entry<String, ConfigValue> entry : new TreeMap<>(actual).entrySet()) {
            String childPath = path + "." + ConfigUtil.joinPath(entry.getKey());
            if (CollectorBlocks.COLLECTORS.equals(path)) {
                checkCollector(entry.getKey(), childPath, entry.getValue());
            } else if (SINKS.equals(path)) {
                checkSink(entry.getKey(), childPath, entry.getValue());
            } else {
                checkKey(childPath, entry.getKey(), entry.getValue(), schema, freeForm);
            }
        }
    }

    private void checkKey(String path, String key, ConfigValue value, ConfigObject schema, Set<String> freeForm) {
        ConfigValue expected = schema.get(key);
        if (expected == null) {
            String hint = KeySuggester.nearest(key, schema.keySet())
                    .map(near -> "did you mean '" + near + "'?")
                    .orElse("valid keys: " + String.join(", ", new TreeSet<>(schema.keySet())));
            add(value, path, "unknown key (" + hint + ")");
            return;
        }
        Optional<String> mismatch = ValueTypes.mismatch(value, expected, !SecretKeys.looksSecret(key))
                .or(() -> ValueTypes.outOfRange(key, value, expected));
        if (mismatch.isPresent()) {
            add(value, path, mismatch.get());
        } else if (value.valueType() == ConfigValueType.OBJECT && expected.valueType() == ConfigValueType.OBJECT
                && !freeForm.contains(path) && !((ConfigObject) expected).isEmpty()) {
            checkObject(path, (ConfigObject) value, (ConfigObject) expected, freeForm);
        }
    }

    private void checkCollector(String id, String path, ConfigValue value) {
        if (value.valueType() != ConfigValueType.OBJECT) {
            add(value, path, "expected an object (a collector instance)");
            return;
        }
        ConfigObject block = (ConfigObject) value;
        String type = collectorType(id, block);
        if (!knownTypes.contains(type)) {
            add(value, path, "unknown collector type '" + type + "' (known types: "
                    + (knownTypes.isEmpty() ? "none" : String.join(", ", knownTypes)) + ")");
            return;
        }
        checkObject(path, block, CollectorBlocks.schema(reference, type).root(), Set.of(path + ".tags"));
    }

    private void checkSink(String name, String path, ConfigValue value) {
        if (value.valueType() != ConfigValueType.OBJECT) {
            add(value, path, "expected an object (a sink)");
            return;
        }
        ConfigObject sinks = reference.getObject(SINKS);
        ConfigValue schema = sinks.get(name);
        if (schema == null) {
            ConfigValue type = ((ConfigObject) value).get("type");
            schema = sinks.values().stream()
                    .filter(candidate -> candidate instanceof ConfigObject && type != null
                            && sameValue(type, ((ConfigObject) candidate).get("type")))
                    .findFirst().orElse(null);
        }
        if (schema == null) {
            add(value, path, "unknown sink type (set type to one of: " + String.join(", ", sinkTypes(sinks)) + ")");
            return;
        }
        checkObject(path, (ConfigObject) value, (ConfigObject) schema, Set.of());
    }

    private static boolean sameValue(ConfigValue a, ConfigValue b) {
        return b != null && a.unwrapped().equals(b.unwrapped());
    }

    private static Set<String> sinkTypes(ConfigObject sinks) {
        Set<String> types = new TreeSet<>();
        sinks.values().forEach(sink -> {
            if (sink instanceof ConfigObject && ((ConfigObject) sink).get("type") != null) {
                types.add(String.valueOf(((ConfigObject) sink).get("type").unwrapped()));
            }
        });
        return types;
    }

    private void add(ConfigValue value, String path, String message) {
        problems.add(new ConfigProblem(Origins.describe(value.origin()), path, message));
    }
}
