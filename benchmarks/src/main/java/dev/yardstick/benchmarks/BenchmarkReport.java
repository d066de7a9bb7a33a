package dev.yardstick.benchmarks;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs every benchmark (or those JMH's usual arguments select) in one JMH run and prints, beside JMH's own
 * table, each score in points per second and its cost relative to the bare Jackson + gzip baseline of the same
 * run: {@code baseline points/s ÷ points/s}, so 2.0 means twice the baseline's time per point.
 */
public final class BenchmarkReport {
    private static final String BASELINE = "EncodingBenchmark.baseline";

    private BenchmarkReport() {
    }

    /**
     * Runs the benchmarks.
     *
     * @param args JMH command-line options (e.g. {@code -f 1 -wi 2 -i 3 Encoding})
     * @throws Exception when JMH cannot run
     */
    public static void main(String[] args) throws Exception {
        Options options = new OptionsBuilder().parent(new CommandLineOptions(args)).build();
        print(run(options));
    }

    private static Collection<RunResult> run(Options options) throws RunnerException {
        return new Runner(options).run();
    }

    private static void print(Collection<RunResult> results) {
        Map<String, Double> scores = new TreeMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark().replaceAll("^.*\\.(\\w+\\.\\w+)$", "$1");
            String params = result.getParams().getParamsKeys().stream()
                    .map(key -> key + "=" + result.getParams().getParam(key)).reduce((a, b) -> a + "," + b)
                    .map(text -> " [" + text + "]").orElse("");
            scores.put(label + params, result.getPrimaryResult().getScore());
        }
        Double baseline = scores.get(BASELINE);
        System.out.println();
        System.out.printf(Locale.ROOT, "%-52s %14s %18s%n", "benchmark", "points/s", "time vs baseline");
        scores.forEach((name, score) -> System.out.printf(Locale.ROOT, "%-52s %,14.0f %18s%n", name, score,
                baseline == null ? "(no baseline run)" : String.format(Locale.ROOT, "%.2fx", baseline / score)));
    }
}
