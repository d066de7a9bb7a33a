package dev.yardstick.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigRenderOptions;
import com.typesafe.config.ConfigUtil;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import dev.yardstick.api.config.Secret;
import dev.yardstick.hocon.Origins;
import dev.yardstick.runtime.secrets.Redactor;
import dev.yardstick.runtime.secrets.SecretReferences;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders the effective {@code yardstick} configuration for {@code config show}: HOCON-like text, keys sorted,
 * each value followed by its origin as a comment. Literal values at secret paths show as
 * {@value Secret#REDACTED}; a {@code secret:} reference is shown as written (it is not itself secret); and
 * every other value is passed through {@link Redactor#redact} too.
 */
public final class ConfigRenderer {
    private static final String INDENT = "  ";
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
        StringBuilder out = new StringBuilder();
        if (config.hasPath("yardstick")) {
            out.append("yardstick {\n");
            renderObject(out, "yardstick", config.getObject("yardstick"), 1, redactor);
            out.append("}\n");
        }
        return out.toString();
    }

    private static void renderObject(StringBuilder out, String path, ConfigObject object, int depth,
            Redactor redactor) {
        String indent = INDENT.repeat(depth);
        for (Map.Entry<String, ConfigValue> entry : new TreeMap<>(object).entrySet()) {
            String key = ConfigUtil.joinPath(entry.getKey());
            String childPath = path + "." + key;
            ConfigValue value = entry.getValue();
            if (value.valueType() == ConfigValueType.OBJECT) {
                out.append(indent).append(key).append(" {\n");
                renderObject(out, childPath, (ConfigObject) value, depth + 1, redactor);
                out.append(indent).append("}\n");
            } else {
                out.append(indent).append(key).append(" = ").append(leaf(childPath, value, redactor))
                        .append("  # ").append(Origins.describe(value.origin())).append('\n');
            }
        }
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
