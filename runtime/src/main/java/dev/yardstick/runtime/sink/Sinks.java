package dev.yardstick.runtime.sink;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigUtil;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.runtime.sink.datadog.DatadogSink;
import dev.yardstick.runtime.sink.datadog.DatadogSinkSettings;
import dev.yardstick.runtime.time.Sleeper;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Builds the active sinks from {@code yardstick.sinks}.
 *
 * <p>Each block's {@code type} is {@code datadog}, {@code jsonl} or {@code console} (default: the block's key
 * up to the first {@code /}). Keys a block leaves out come from the built-in block of its type
 * ({@code sinks.datadog}, {@code sinks.outbox}, {@code sinks.console}). A datadog sink is active when enabled
 * and an API key is configured; a sink with {@code enabled = auto} is active only when no datadog sink is.
 */
public final class Sinks {
    private static final Map<String, String> BUILT_IN_BLOCK = Map.of(
            "datadog", "datadog", "jsonl", "outbox", "console", "console");

    private Sinks() {
    }

    /**
     * Creates the active sinks, in key order.
     *
     * @param yardstick the resolved {@code yardstick} subtree
     * @param secrets resolves the API key reference
     * @param clock the source of all time
     * @param sleeper performs every wait
     * @param console where console sinks print
     * @return the active sinks with their environments
     * @throws ConfigurationException naming the HOCON path of the first invalid setting
     */
    public static List<ConfiguredSink> create(Config yardstick, SecretResolver secrets, Clock clock, Sleeper sleeper,
            PrintStream console) {
        Config sinks = yardstick.getConfig("sinks");
        DatadogSettingsReader datadogReader = new DatadogSettingsReader(yardstick, secrets);
        List<DatadogSinkSettings> datadog = new ArrayList<>();
        List<JsonlSinkSettings> jsonl = new ArrayList<>();
        List<ConsoleSinkSettings> consoles = new ArrayList<>();
        for (String name : new TreeSet<>(sinks.root().keySet())) {
            SinkBlock block = block(sinks, name);
            String type = type(name, block);
            switch (type) {
                case "datadog":
                    datadog.add(datadogReader.read(name, block));
                    break;
                case "jsonl":
                    jsonl.add(JsonlSinkSettings.from(name, block));
                    break;
                default:
                    consoles.add(ConsoleSinkSettings.from(name, block));
                    break;
            }
        }
        boolean datadogActive = datadog.stream().anyMatch(DatadogSinkSettings::active);
        List<ConfiguredSink> active = new ArrayList<>();
        datadog.stream().filter(DatadogSinkSettings::active).forEach(settings -> active.add(
                new ConfiguredSink(new DatadogSink(settings, clock, sleeper), settings.environments())));
        jsonl.stream().filter(settings -> isOn(settings.enabled(), datadogActive)).forEach(settings -> active.add(
                new ConfiguredSink(new JsonlSink(settings, clock), settings.environments())));
        consoles.stream().filter(settings -> isOn(settings.enabled(), datadogActive)).forEach(settings -> active.add(
                new ConfiguredSink(new ConsoleSink(settings.name(), console), settings.environments())));
        return List.copyOf(active);
    }

    private static boolean isOn(SinkEnablement enabled, boolean datadogActive) {
        return enabled == SinkEnablement.TRUE || enabled == SinkEnablement.AUTO && !datadogActive;
    }

    private static SinkBlock block(Config sinks, String name) {
        String key = ConfigUtil.joinPath(name);
        String path = "yardstick.sinks." + key;
        if (!(sinks.root().get(name) instanceof com.typesafe.config.ConfigObject)) {
            throw new ConfigurationException(path, path + " must be an object with a type (datadog, jsonl, console)");
        }
        Config own = sinks.getConfig(key);
        String type = own.hasPath("type") ? own.getString("type") : name.split("/", 2)[0];
        String builtIn = BUILT_IN_BLOCK.get(type);
        if (builtIn != null && !builtIn.equals(name) && sinks.hasPath(builtIn)) {
            own = own.withFallback(sinks.getConfig(builtIn));
        }
        return new SinkBlock(path, own);
    }

    private static String type(String name, SinkBlock block) {
        String type = block.optionalString("type").orElse(name.split("/", 2)[0]);
        if (!BUILT_IN_BLOCK.containsKey(type)) {
            throw new ConfigurationException(block.path("type"), block.path("type")
                    + ": unknown sink type '" + type + "'; expected datadog, jsonl or console");
        }
        return type;
    }
}
