package dev.yardstick.cli;

import dev.yardstick.api.metric.MetricDescriptor;
import dev.yardstick.runtime.Yardstick;
import dev.yardstick.runtime.discovery.DiscoveredFactory;
import dev.yardstick.runtime.telemetry.SelfMetrics;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
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
        private static final List<String> COLUMNS = List.of("source", "metric", "kind", "unit", "tags",
                "description");

        @Option(names = "--format", defaultValue = "table",
                description = "table, markdown or json (default ${DEFAULT-VALUE}).")
        String format;

        @Override
        int execute() throws JsonProcessingException {
            if (!List.of("table", "markdown", "json").contains(format)) {
                throw new IllegalArgumentException("--format must be table, markdown or json, got " + format);
            }
            try (Yardstick yardstick = start(runtime().withoutConfiguredSinks())) {
                List<List<String>> rows = new ArrayList<>();
                for (DiscoveredFactory discovered : yardstick.startup().factories()) {
                    rows.addAll(rows(discovered.factory().type(), discovered.factory().metrics()));
                }
                rows.addAll(rows("yardstick", SelfMetrics.CATALOGUE));
                switch (format) {
                    case "json" -> out().println(json(rows));
                    case "markdown" -> markdown(rows, out());
                    default -> table(rows, out());
                }
                return 0;
            }
        }

        private static List<List<String>> rows(String source, List<MetricDescriptor> metrics) {
            return metrics.stream().map(metric -> List.of(source, metric.name(),
                    metric.kind().name().toLowerCase(Locale.ROOT), metric.unit().datadogName(),
                    String.join(",", metric.tagKeys()), metric.description())).toList();
        }

        private static void table(List<List<String>> rows, PrintWriter out) {
            String line = "%-10s %-46s %-12s %-9s %-20s %s%n";
            out.printf(Locale.ROOT, line, COLUMNS.stream().map(c -> c.toUpperCase(Locale.ROOT)).toArray());
            rows.forEach(row -> out.printf(Locale.ROOT, line, row.toArray()));
        }

        private static void markdown(List<List<String>> rows, PrintWriter out) {
            out.println("| " + String.join(" | ", COLUMNS) + " |");
            out.println("|---|---|---|---|---|---|");
            rows.forEach(row -> out.printf(Locale.ROOT, "| %s | `%s` | %s | %s | %s | %s |%n", row.toArray()));
        }

        /** One object per metric; tags as an array. */
        private static String json(List<List<String>> rows) throws JsonProcessingException {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            for (List<String> row : rows) {
                ObjectNode metric = array.addObject();
                for (int i = 0; i < COLUMNS.size(); i++) {
                    if (COLUMNS.get(i).equals("tags")) {
                        ArrayNode tags = metric.putArray("tags");
                        Arrays.stream(row.get(i).split(",")).filter(tag -> !tag.isEmpty()).forEach(tags::add);
                    } else {
                        metric.put(COLUMNS.get(i), row.get(i));
                    }
                }
            }
            return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array);
        }
    }
}
