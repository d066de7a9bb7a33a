package dev.yardstick.runtime.sink;

import static java.util.Objects.requireNonNull;

import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Unit;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Prints points as an aligned table (metric, value, tags), sorted by metric then tags, for people at a
 * terminal.
 */
public final class ConsoleSink implements Sink {
    private static final Comparator<MetricPoint> ORDER = Comparator.comparing(MetricPoint::name)
            .thenComparing(point -> point.tags().toString());

    private final String name;
    private final PrintStream out;

    /**
     * Creates the sink.
     *
     * @param name the sink's name
     * @param out where the table goes
     */
    public ConsoleSink(String name, PrintStream out) {
        this.name = requireNonNull(name, "name is null");
        this.out = requireNonNull(out, "out is null");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public synchronized SendResult send(List<MetricPoint> points, Instant deadline) {
        if (!points.isEmpty()) {
            out.print(format(points));
            out.flush();
        }
        return SendResult.delivered(points.size());
    }

    /**
     * Renders points as the table this sink prints.
     *
     * @param points the points
     * @return the table, one line per point after a header line, each line ending in a newline
     */
    public static String format(List<MetricPoint> points) {
        List<MetricPoint> sorted = new ArrayList<>(points);
        sorted.sort(ORDER);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"METRIC", "VALUE", "TAGS"});
        sorted.forEach(point -> rows.add(new String[] {point.name(), value(point), point.tags().toString()}));
        int metricWidth = rows.stream().mapToInt(row -> row[0].length()).max().orElse(0);
        int valueWidth = rows.stream().mapToInt(row -> row[1].length()).max().orElse(0);
        StringBuilder table = new StringBuilder();
        for (String[] row : rows) {
            String line = pad(row[0], metricWidth) + "  " + pad(row[1], valueWidth) + "  " + row[2];
            table.append(line.stripTrailing()).append('\n');
        }
        return table.toString();
    }

    private static String value(MetricPoint point) {
        String number = point.match(
                gauge -> number(gauge.value()),
                count -> number(count.value()) + " in " + count.interval().getSeconds() + "s",
                rate -> number(rate.value()) + "/s",
                distribution -> "n=" + distribution.values().size() + " min="
                        + number(distribution.values().stream().mapToDouble(Double::doubleValue).min().orElse(0))
                        + " max="
                        + number(distribution.values().stream().mapToDouble(Double::doubleValue).max().orElse(0)));
        return point.unit() == Unit.NONE ? number : number + " " + point.unit().datadogName();
    }

    private static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    @Override
    public void close() {
        out.flush();
    }
}
