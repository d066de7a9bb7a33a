package dev.yardstick.github;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.yardstick.api.CollectResult;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.api.metric.Tags;
import dev.yardstick.sandbox.github.GithubDataSet;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every metric of every simulated repository against the independent calculation from the data set. */
class GithubCollectorSimulatorTest {
    private static final List<String> REPOS = List.of("acme/widgets", "acme/platform", "acme/docs", "acme/archive");
    private static GithubTestbed testbed;

    @BeforeAll
    static void start() {
        testbed = GithubTestbed.standard();
    }

    @AfterAll
    static void stop() {
        testbed.close();
    }

    @ParameterizedTest(name = "at reference − {0}h")
    @CsvSource({"0", "77"})
    void everyMetricOfEveryRepositoryMatchesTheIndependentCalculation(long hoursBefore) throws InterruptedException {
        Instant at = GithubDataSet.DEFAULT_REFERENCE.minus(Duration.ofHours(hoursBefore));
        CollectResult result = testbed.collectOnce(REPOS, at);
        assertEquals(List.of(), result.failures());
        for (String repo : REPOS) {
            Map<String, Double> expected = ExpectedGithubMetrics.of(testbed.github.dataSet().repo(repo), at);
            assertMetricsMatch(expected, pointsOf(result.points(), repo, at), repo);
        }
    }

    @ParameterizedTest(name = "{0} emits {1} metrics at the reference")
    @CsvSource({"acme/widgets, 28", "acme/platform, 28", "acme/docs, 27", "acme/archive, 17"})
    void countsAreEmittedWhenZeroAndAveragesOnlyWhenComputable(String repo, int metrics) throws InterruptedException {
        CollectResult result = testbed.collectOnce(List.of(repo), GithubDataSet.DEFAULT_REFERENCE);
        assertEquals(metrics, result.points().size(), repo + ": " + result.points());
    }

    /** Same names, and values equal up to floating-point summation order. */
    static void assertMetricsMatch(Map<String, Double> expected, Map<String, Double> actual, String repo) {
        assertEquals(expected.keySet(), actual.keySet(), repo + ": metric names");
        expected.forEach((name, value) -> assertEquals(value, actual.get(name),
                1e-9 * Math.max(1, Math.abs(value)), repo + ": " + name));
    }

    static Map<String, Double> pointsOf(List<MetricPoint> points, String repo, Instant at) {
        Map<String, Double> values = new TreeMap<>();
        for (MetricPoint point : points) {
            if (point.tags().equals(Tags.of("repo", repo))) {
                assertTrue(point instanceof Gauge, point.name() + " is a gauge");
                assertEquals(at, point.timestamp(), point.name() + " timestamp");
                assertEquals(null, values.put(point.name(), ((Gauge) point).value()), "one point per name");
            }
        }
        return values;
    }
}
