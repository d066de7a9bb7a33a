package dev.yardstick.github;

import dev.yardstick.api.Collector;
import dev.yardstick.api.CollectorContext;
import dev.yardstick.api.CollectorFactory;
import dev.yardstick.api.config.CollectorConfig;
import dev.yardstick.api.metric.MetricDescriptor;
import java.util.List;
import java.util.Set;

/**
 * The {@code github} collector type: pull-request, branch, commit, code and CI metrics of GitHub
 * repositories, read from the REST API through the host's HTTP service. Settings under
 * {@code yardstick.collectors.github}; see {@code docs/collectors/github.md}.
 */
public final class GithubCollectorFactory implements CollectorFactory {
    /** The collector type. */
    public static final String TYPE = "github";

    /** Creates the factory; the runtime does this through {@link java.util.ServiceLoader}. */
    public GithubCollectorFactory() {
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<MetricDescriptor> metrics() {
        return GithubMetrics.catalogue();
    }

    @Override
    public Set<String> secretKeys() {
        return Set.of("token");
    }

    @Override
    public Collector create(CollectorConfig config, CollectorContext context) {
        return new GithubCollector(GithubSettings.from(config), context);
    }
}
