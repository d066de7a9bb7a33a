package dev.yardstick.dashboards.query;

import java.util.Map;
import java.util.Set;

/**
 * Datadog's query functions with their arity (from its functions reference), space aggregators, rollup methods
 * and the methods that may follow a metric query.
 */
final class Functions {
    /** Space aggregators before the metric name ({@code avg:metric{…}}). {@code count_nonzero} is a function only. */
    static final Set<String> SPACE_AGGREGATORS = Set.of("avg", "sum", "min", "max", "p50", "p75", "p90", "p95", "p99");
    /** {@code .rollup(method[, seconds])}. */
    static final Set<String> ROLLUP_METHODS = Set.of("avg", "sum", "min", "max", "count");
    /** {@code .fill(mode[, seconds])}. */
    static final Set<String> FILL_MODES = Set.of("null", "zero", "linear", "last");
    /** Time aggregations of monitor evaluations ({@code avg(last_5m):…}). */
    static final Set<String> MONITOR_AGGREGATIONS = Set.of("avg", "sum", "min", "max");

    /** Minimum and maximum argument counts; the first argument is always a query or expression. */
    record Arity(int min, int max) {
    }

    /** Functions of one argument, the query or expression they transform. */
    private static final Set<String> UNARY = Set.of("abs", "log2", "log10", "cumsum", "integral", "count_nonzero",
            "count_not_null", "per_second", "per_minute", "per_hour", "dt", "diff", "monotonic_diff", "derivative",
            "ewma_3", "ewma_5", "ewma_7", "ewma_10", "ewma_20", "median_3", "median_5", "median_7", "median_9", "autosmooth",
            "trend_line", "robust_trend", "piecewise_constant", "hour_before", "day_before", "week_before", "month_before",
            "top5", "top10", "bottom5", "bottom10", "exclude_null", "default_zero");
    /** Functions taking more: {@code timeshift(q, -seconds)}, {@code calendar_shift(q, '-1d', 'UTC')}, {@code top(q, 10, 'mean', 'desc')}, … */
    private static final Map<String, Arity> OTHERS = Map.of(
            "timeshift", new Arity(2, 2), "calendar_shift", new Arity(3, 3), "top", new Arity(4, 4),
            "clamp_min", new Arity(2, 2), "clamp_max", new Arity(2, 2), "cutoff_min", new Arity(2, 2),
            "cutoff_max", new Arity(2, 2), "anomalies", new Arity(3, 7), "outliers", new Arity(3, 4),
            "forecast", new Arity(3, 7));

    /** The arity of a function, or null when Datadog has no function of that name. */
    static Arity arity(String name) {
        return UNARY.contains(name) ? new Arity(1, 1) : OTHERS.get(name);
    }

    private Functions() {
    }
}
