package dev.yardstick.cli;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.config.CollectorInstance;
import dev.yardstick.runtime.discovery.DiscoveredFactory;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yardstick list}: collectors, where they come from, their status and metrics. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List the discovered collector types, the configured collectors and their metrics.")
final class ListCommand extends RuntimeCommand {
    @Option(names = "--metrics", description = "Also list every metric of every type.")
    boolean metrics;

    @Override
    int execute() {
        try (Yardstick yardstick = start(runtime().withoutConfiguredSinks())) {
            out().printf(Locale.ROOT, "%-14s %-8s %-40s%n", "TYPE", "METRICS", "FROM");
            for (DiscoveredFactory discovered : yardstick.startup().factories()) {
                out().printf(Locale.ROOT, "%-14s %-8d %-40s%n", discovered.factory().type(),
                        discovered.factory().metrics().size(), discovered.origin());
                if (metrics) {
                    for (MetricDescriptor metric : discovered.factory().metrics()) {
                        out().printf(Locale.ROOT, "    %-48s %-5s %s%n", metric.name(),
                                metric.kind().name().toLowerCase(Locale.ROOT), metric.description());
                    }
                }
            }
            out().println();
            out().printf(Locale.ROOT, "%-24s %-14s %-9s%n", "COLLECTOR", "TYPE", "STATUS");
            for (CollectorInstance instance : yardstick.startup().collectors()) {
                out().printf(Locale.ROOT, "%-24s %-14s %-9s%n", instance.id(), instance.type(),
                        instance.enabled() ? "enabled" : "disabled");
            }
            if (yardstick.startup().collectors().isEmpty()) {
                out().println("(none configured: add a block under yardstick.collectors)");
            }
            return 0;
        }
    }
}
