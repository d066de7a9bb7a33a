package dev.yardstick.runtime.config;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigUtil;

/**
 * Builds collector instance blocks: the user's block over the plugin's {@code yardstick.collectors.<type>}
 * reference block over {@code yardstick.collector-defaults}.
 */
public final class CollectorBlocks {
    /** Where collector instances live. */
    public static final String COLLECTORS = "yardstick.collectors";
    /** The settings every collector instance has. */
    public static final String DEFAULTS = "yardstick.collector-defaults";

    private CollectorBlocks() {
    }

    /**
     * Returns the full path of an instance block.
     *
     * @param id the instance id
     * @return e.g. {@code yardstick.collectors."github/oss"}
     */
    public static String path(String id) {
        return COLLECTORS + "." + ConfigUtil.joinPath(id);
    }

    /**
     * Returns the schema (and defaults) of an instance of a type.
     *
     * @param reference the reference layers
     * @param type the collector type
     * @return the plugin's block over the collector defaults
     */
    public static Config schema(Config reference, String type) {
        Config defaults = reference.hasPath(DEFAULTS) ? reference.getConfig(DEFAULTS) : ConfigFactory.empty();
        String typePath = path(type);
        return reference.hasPath(typePath) ? reference.getConfig(typePath).withFallback(defaults) : defaults;
    }

    /**
     * Returns an instance's effective block: the user's block over the plugin's reference block over the
     * effective {@code yardstick.collector-defaults} (so a user may change the defaults of every instance).
     *
     * @param config the merged configuration
     * @param reference the reference layers
     * @param id the instance id
     * @param type its type
     * @return the user's block with the defaults of its type merged in
     */
    public static Config instance(Config config, Config reference, String id, String type) {
        String typePath = path(type);
        Config pluginBlock = reference.hasPath(typePath) ? reference.getConfig(typePath) : ConfigFactory.empty();
        Config defaults = config.hasPath(DEFAULTS) ? config.getConfig(DEFAULTS) : ConfigFactory.empty();
        return config.getConfig(path(id)).withFallback(pluginBlock).withFallback(defaults);
    }
}
