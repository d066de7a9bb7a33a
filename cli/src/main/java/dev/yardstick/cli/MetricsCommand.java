package dev.yardstick.cli;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.discovery.DiscoveredFactory;
import dev.yardstick.runtime.telemetry.SelfMetrics;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code yardstick metrics catalog}: every metric every discovered collector may emit. */
@Command(name = "metrics", mixinStandardHelpOptions = true, description = "Metric catalogue.",
        subcommands = MetricsCommand.Catalog.class)
final class MetricsCommand {

    /** Prints the catalogue. */
    @Command(name = "catalog", mixinStandardHelpOptions = true,
            description = "Print every metric the discovered collectors and the runtime itself may emit.")
    static final class Catalog extends RuntimeCommand {
        @Option(names = "--format", defaultValue = "table", description = "table or markdown (default ${DEFAULT-VALUE}).")
        String format;

        @Override
        int execute() {
            boolean markdown = switch0(format);
            try (Yardstick yardstick = start(runtime().withoutConfiguredSinks())) {
                if (markdown) {
                    out().println("| source | metric | kind | unit | tags | description |");
                    out().println("|---|---|---|---|---|---|");
                }
                for (DiscoveredFactory discovered : yardstick.startup().factories()) {
                    print(discovered.factory().type(), discovered.factory().metrics(), markdown, out());
                }
                print("yardstick", SelfMetrics.CATALOGUE, markdown, out());
                return 0;
            }
        }

        private static boolean switch0(String format) {
            if (!format.equals("table") && !format.equals("markdown")) {
                throw new IllegalArgumentException("--format must be table or markdown, got " + format);
            }
            return format.equals("markdown");
        }

        private static void print(String source, List<MetricDescriptor> metrics, boolean markdown, PrintWriter out) {
            for (MetricDescriptor metric : metrics) {
                String kind = metric.kind().name().toLowerCase(Locale.ROOT);
                String tags = String.join(",", metric.tagKeys());
                if (markdown) {
                    out.printf(Locale.ROOT, "| %s | `%s` | %s | %s | %s | %s |%n", source, metric.name(), kind,
                            metric.unit().datadogName(), tags, metric.description());
                } else {
                    out.printf(Locale.ROOT, "%-10s %-46s %-12s %-9s %-20s %s%n", source, metric.name(), kind,
                            metric.unit().datadogName(), tags, metric.description());
                }
            }
        }
    }
}
