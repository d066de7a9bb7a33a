package dev.yardstick.runtime.sink.setup;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigUtil;
import dev.yardstick.api.config.ConfigurationException;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.retry.Sleeper;
import dev.yardstick.runtime.sink.ConfiguredSink;
import dev.yardstick.runtime.sink.ConsoleSink;
import dev.yardstick.runtime.sink.ConsoleSinkSettings;
import dev.yardstick.runtime.sink.JsonlSink;
import dev.yardstick.runtime.sink.JsonlSinkSettings;
import dev.yardstick.runtime.sink.SinkEnablement;
import dev.yardstick.runtime.sink.datadog.DatadogSink;
import dev.yardstick.runtime.sink.datadog.DatadogSinkSettings;
import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builds the active sinks from {@code yardstick.sinks}.
 *
 * <p>Each block's {@code type} is {@code datadog}, {@code jsonl} or {@code console} (default: the block's key
 * up to the first {@code /}). Keys a block leaves out come from the built-in block of its type
 * ({@code sinks.datadog}, {@code sinks.outbox}, {@code sinks.console}). A sink receives the run when it is
 * enabled, its {@code environments} (empty = all) include {@code yardstick.environment}, and, for datadog, an API
 * key is configured. A sink with {@code enabled = auto} (the console by default) receives the run only when no
 * datadog sink does, so a development run against a production-only Datadog sink still shows its points.
 * Every sink that receives nothing is listed with the reason.
 */
public final class Sinks {
    private static final Map<String, String> BUILT_IN_BLOCK = Map.of(
            "datadog", "datadog", "jsonl", "outbox", "console", "console");

    private Sinks() {
    }

    /**
     * Creates the sinks that receive this run and lists the others.
     *
     * @param yardstick the resolved {@code yardstick} subtree
     * @param secrets resolves the API key reference
     * @param clock the source of all time
     * @param sleeper performs every wait
     * @param console where console sinks print
     * @return the active sinks with their environments, and the inactive ones with the reason
     * @throws ConfigurationException naming the HOCON path of the first invalid setting
     */
    public static SinkSelection create(Config yardstick, SecretResolver secrets, Clock clock, Sleeper sleeper,
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
                    jsonl.add(block.jsonl(name));
                    break;
                default:
                    consoles.add(block.console(name));
                    break;
            }
        }
        String environment = yardstick.getString("environment");
        List<ConfiguredSink> active = new ArrayList<>();
        List<InactiveSink> inactive = new ArrayList<>();
        for (DatadogSinkSettings settings : datadog) {
            Optional<String> reason = settings.enabled() != SinkEnablement.TRUE ? Optional.of("enabled = false")
                    : settings.apiKey().isEmpty() ? Optional.of("no API key configured (yardstick.datadog.api-key)")
                    : excluded(settings.environments(), environment);
            reason.ifPresentOrElse(why -> inactive.add(new InactiveSink(settings.name(), why)), () -> active.add(
                    new ConfiguredSink(new DatadogSink(settings, clock, sleeper), settings.environments())));
        }
        Optional<String> receiving = active.stream().map(sink -> sink.sink().name()).findFirst();
        for (JsonlSinkSettings settings : jsonl) {
            reason(settings.enabled(), settings.environments(), environment, receiving).ifPresentOrElse(
                    why -> inactive.add(new InactiveSink(settings.name(), why)), () -> active.add(
                            new ConfiguredSink(new JsonlSink(settings, clock), settings.environments())));
        }
        for (ConsoleSinkSettings settings : consoles) {
            reason(settings.enabled(), settings.environments(), environment, receiving).ifPresentOrElse(
                    why -> inactive.add(new InactiveSink(settings.name(), why)), () -> active.add(
                            new ConfiguredSink(new ConsoleSink(settings.name(), console), settings.environments())));
        }
        return new SinkSelection(active, inactive);
    }

    private static Optional<String> reason(SinkEnablement enabled, Set<String> environments, String environment,
            Optional<String> receivingDatadog) {
        if (enabled == SinkEnablement.FALSE) {
            return Optional.of("enabled = false");
        }
        if (enabled == SinkEnablement.AUTO && receivingDatadog.isPresent()) {
            return Optional.of("enabled = auto and datadog sink '" + receivingDatadog.get() + "' receives this run");
        }
        return excluded(environments, environment);
    }

    private static Optional<String> excluded(Set<String> environments, String environment) {
        return environments.isEmpty() || environments.contains(environment) ? Optional.empty()
                : Optional.of("environments " + new TreeSet<>(environments) + " exclude this run's environment '"
                        + environment + "'");
    }

    private static SinkBlock block(Config sinks, String name) {
        String key = ConfigUtil.joinPath(name);
        String path = "yardstick.sinks." + key;
        if (!(sinks.root().get(name) instanceof com.typesafe.config.ConfigObject)) {
            throw new ConfigurationException(path, "must be an object with a type (datadog, jsonl, console)");
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
            throw new ConfigurationException(block.path("type"),
                    "unknown sink type '" + type + "'; expected datadog, jsonl or console");
        }
        return type;
    }
}
