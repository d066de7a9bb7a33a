package dev.yardstick.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.yardstick.api.config.Secret;
import dev.yardstick.hocon.Origins;
import dev.yardstick.runtime.secrets.Redactor;
import dev.yardstick.runtime.secrets.SecretReferences;
import java.net.URL;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Renders the effective {@code yardstick} configuration for {@code config show}: HOCON-like text, keys sorted,
 * each value followed by its origin as a comment. Literal values at secret paths show as
 * {@value Secret#REDACTED}; a {@code secret:} reference is shown as written (it is not itself secret); and
 * every other value is passed through {@link Redactor#redact} too.
 */
public final class ConfigRenderer {
    private static final String INDENT = "  ";
    private static final String COLLECTORS = "yardstick.collectors";
    private static final ConfigRenderOptions CONCISE = ConfigRenderOptions.concise();

    private ConfigRenderer() {
    }

    /**
     * Renders the configuration.
     *
     * @param config the resolved configuration
     * @param redactor the redactor of the process
     * @return the text, ending with a newline
     */
    public static String show(Config config, Redactor redactor) {
        Set<String> all = config.hasPath(COLLECTORS) ? config.getObject(COLLECTORS).keySet() : Set.of();
        return show(config, redactor, all);
    }

    /**
     * Renders the configuration, marking the blocks under {@code yardstick.collectors} that are a plugin's
     * defaults rather than a configured instance.
     *
     * @param config the resolved configuration
     * @param redactor the redactor of the process
     * @param configuredCollectors the ids of the configured collector instances
     * @return the text, ending with a newline
     */
    public static String show(Config config, Redactor redactor, Set<String> configuredCollectors) {
        StringBuilder out = new StringBuilder();
        if (config.hasPath("yardstick")) {
            out.append("yardstick {\n");
            renderObject(out, "yardstick", config.getObject("yardstick"), 1, redactor, configuredCollectors);
            out.append("}\n");
        }
        return out.toString();
    }

    private static void renderObject(StringBuilder out, String path, ConfigObject object, int depth,
            Redactor redactor, Set<String> configured) {
        String indent = INDENT.repeat(depth);
        for (Map.Entry<String, ConfigValue> entry : new TreeMap<>(object).entrySet()) {
            String key = ConfigUtil.joinPath(entry.getKey());
            String childPath = path + "." + key;
            ConfigValue value = entry.getValue();
            if (value.valueType() == ConfigValueType.OBJECT) {
                boolean defaults = path.equals(COLLECTORS) && !configured.contains(entry.getKey());
                out.append(indent).append(key).append(defaults ? " {  # plugin defaults, not a configured instance\n"
                        : " {\n");
                renderObject(out, childPath, (ConfigObject) value, depth + 1, redactor, configured);
                out.append(indent).append("}\n");
            } else {
                out.append(indent).append(key).append(" = ").append(leaf(childPath, value, redactor))
                        .append("  # ").append(origin(value.origin())).append('\n');
            }
        }
    }

    /** Where a value comes from; for a {@code reference.conf}, which one: the jar or directory holding it. */
    static String origin(ConfigOrigin origin) {
        String described = Origins.describe(origin);
        URL url = origin == null ? null : origin.url();
        if (url == null || origin.resource() == null) {
            return described;
        }
        String location = url.toString();
        int inJar = location.indexOf("!/");
        String container = inJar > 0 ? location.substring(0, inJar) : location.substring(0,
                Math.max(0, location.length() - origin.resource().length() - 1));
        String name = container.substring(container.lastIndexOf('/') + 1);
        if (inJar < 0) {
            // a classes directory during development: name its module (runtime/target/classes)
            String[] parts = container.split("/");
            name = String.join("/", Arrays.copyOfRange(parts, Math.max(0, parts.length - 3), parts.length));
        }
        return described + " (" + name + ")";
    }

    private static String leaf(String path, ConfigValue value, Redactor redactor) {
        boolean reference = value.valueType() == ConfigValueType.STRING
                && SecretReferences.isReference((String) value.unwrapped());
        if (redactor.isSecretPath(path) && value.valueType() != ConfigValueType.NULL && !reference) {
            return "\"" + Secret.REDACTED + "\"";
        }
        return redactor.redact(value.render(CONCISE));
    }
}
