package dev.yardstick.dashboards;

import dev.yardstick.dashboards.model.DatadogApiSettings;
import dev.yardstick.dashboards.push.ApiRetry;
import dev.yardstick.api.metric.MetricDescriptor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the dashboards and monitors commands need from the host application, supplied by the CLI: the
 * project directory, the Datadog API settings, and the metric catalogue of the discovered plugins.
 */
public interface DashboardsEnvironment {
    /** The project root: dashboards live in {@code <projectDir>/dashboards/}. */
    Path projectDir();

    /** Datadog API location and keys (keys already resolved from secret references). */
    DatadogApiSettings datadog();

    /** How Datadog calls are retried ({@code yardstick.datadog.api-retry}), on the clock and sleeper to use. */
    ApiRetry retry();

    /** Metrics declared by every discovered collector plugin (self-telemetry is added by this module). */
    List<MetricDescriptor> catalogue();

    /** Types of the discovered collector plugins, e.g. {@code github}. */
    Set<String> installedCollectorTypes();

    /**
     * The configured environment ({@code yardstick.environment}) monitors are made for; empty means the library's
     * default environment ({@code settings.defaultEnv}).
     */
    default Optional<String> environment() {
        return Optional.empty();
    }
}
