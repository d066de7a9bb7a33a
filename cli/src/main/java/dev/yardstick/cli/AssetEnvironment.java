package dev.yardstick.cli;

import com.typesafe.config.Config;
import dev.yardstick.api.config.SecretResolver;
import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.dashboards.DashboardsEnvironment;
import dev.yardstick.dashboards.model.DatadogApiSettings;
import dev.yardstick.dashboards.push.ApiRetry;
import dev.yardstick.hocon.Origins;
import dev.yardstick.retry.Backoff;
import dev.yardstick.retry.RetryPolicy;
import dev.yardstick.retry.Sleeper;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.config.ConfigProblem;
import dev.yardstick.runtime.config.StartupException;
import dev.yardstick.runtime.discovery.DiscoveredFactory;
import dev.yardstick.runtime.telemetry.SelfMetrics;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * What the dashboards and monitors commands need from the runtime: the Datadog API location and keys (secret
 * references resolved), how calls to it are retried, and the metric catalogue of every discovered plugin plus the runtime's self-telemetry.
 */
record AssetEnvironment(Path projectDir, DatadogApiSettings datadog, ApiRetry retry, List<MetricDescriptor> catalogue,
        Set<String> installedCollectorTypes, Optional<String> environment) implements DashboardsEnvironment {

    static AssetEnvironment load(GlobalOptions global) {
        LogSetup.configure(global.logLevel).ifPresent(message -> {
            throw new StartupException(List.of(new ConfigProblem("--log-level", "", message)));
        });
        try (Yardstick yardstick = Yardstick.builder(global.sources()).withoutConfiguredSinks().build()) {
            LogSetup.redactWith(yardstick.startup().redactor()::redact);
            Config datadog = yardstick.startup().config().getConfig("yardstick.datadog");
            SecretResolver secrets = yardstick.startup().secrets();
            String apiUrl = datadog.hasPath("api-url") ? datadog.getString("api-url")
                    : "https://api." + datadog.getString("site");
            List<MetricDescriptor> catalogue = new ArrayList<>(SelfMetrics.CATALOGUE);
            Set<String> types = new LinkedHashSet<>();
            for (DiscoveredFactory factory : yardstick.startup().factories()) {
                catalogue.addAll(factory.factory().metrics());
                types.add(factory.type());
            }
            return new AssetEnvironment(Path.of("").toAbsolutePath(), new DatadogApiSettings(apiUrl,
                    key(datadog, "api-key", secrets), key(datadog, "app-key", secrets)),
                    retry(datadog.getConfig("api-retry")), catalogue, types,
                    Optional.of(yardstick.startup().config().getString("yardstick.environment")));
        }
    }

    /** {@code yardstick.datadog.api-retry}, whose types and positive durations start-up has checked. */
    private static ApiRetry retry(Config retry) {
        int attempts = retry.getInt("max-attempts");
        if (attempts < 1) {
            throw new StartupException(List.of(new ConfigProblem(Origins.describe(retry.origin()),
                    "yardstick.datadog.api-retry.max-attempts", "must be at least 1, got " + attempts)));
        }
        Backoff backoff = new Backoff(retry.getDuration("backoff-initial"), retry.getDuration("backoff-max"),
                new Random());
        return new ApiRetry(new RetryPolicy(attempts, backoff, retry.getDuration("rate-limit-wait-cap")),
                Clock.systemUTC(), Sleeper.SYSTEM, retry.getDuration("budget"));
    }

    private static Optional<String> key(Config datadog, String name, SecretResolver secrets) {
        return datadog.hasPath(name) ? Optional.of(secrets.resolve(datadog.getString(name)).reveal())
                : Optional.empty();
    }
}
