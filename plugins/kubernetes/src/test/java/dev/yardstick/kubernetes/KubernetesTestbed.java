package dev.yardstick.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.yardstick.api.CollectRequest;
import dev.yardstick.api.CollectResult;
import dev.yardstick.api.Collector;
import dev.yardstick.api.Inputs;
import dev.yardstick.api.metric.Gauge;
import dev.yardstick.api.metric.MetricPoint;
import dev.yardstick.testkit.FakeClock;
import dev.yardstick.testkit.FakeCollectorContext;
import dev.yardstick.testkit.MapSecretResolver;
import dev.yardstick.testkit.TestCollectorConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** Runs the collector as the runtime would, and reads its points back as metric → namespace → value. */
final class KubernetesTestbed {
    static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");

    private KubernetesTestbed() {
    }

    /** Writes a kubeconfig with one context pointing at a server over plain http, with a bearer token. */
    static Path kubeconfig(Path dir, String server, String token) {
        String text = String.join("\n", "apiVersion: v1", "kind: Config", "clusters:", "- name: test",
                "  cluster:", "    server: " + server, "contexts:", "- name: test", "  context:",
                "    cluster: test", "    user: test", "current-context: test", "users:", "- name: test",
                "  user:", "    token: " + token, "");
        return write(dir.resolve("kubeconfig-" + Math.abs(server.hashCode())), text);
    }

    static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TestCollectorConfig config(String hocon) {
        return TestCollectorConfig.of("kubernetes", hocon, KubernetesTestbed.class.getClassLoader(),
                new MapSecretResolver(Map.of()));
    }

    /** Collects once at {@link #AT} with a fake clock and a two-minute deadline. */
    static CollectResult collect(String hocon) throws InterruptedException {
        return collect(hocon, FakeClock.at(AT), AT.plus(Duration.ofMinutes(2)));
    }

    static CollectResult collect(String hocon, Clock clock, Instant deadline) throws InterruptedException {
        FakeCollectorContext context = FakeCollectorContext.builder().collectorId("kubernetes").clock(clock).build();
        return collect(hocon, context, deadline);
    }

    /** Collects once at {@link #AT} with the given context, which records what the collector counted. */
    static CollectResult collect(String hocon, FakeCollectorContext context, Instant deadline)
            throws InterruptedException {
        try (Collector collector = new KubernetesCollectorFactory().create(config(hocon), context)) {
            return collector.collect(new CollectRequest(AT, deadline, Inputs.none()));
        }
    }

    /** The points as metric → namespace ("" without a namespace tag) → value; every point is a gauge at AT. */
    static Map<String, Map<String, Double>> values(CollectResult result, String cluster) {
        Map<String, Map<String, Double>> values = new TreeMap<>();
        for (MetricPoint point : result.points()) {
            Gauge gauge = (Gauge) point;
            assertEquals(AT, gauge.timestamp());
            assertEquals(cluster, gauge.tags().get(KubernetesMetrics.CLUSTER_TAG).orElseThrow(), gauge.toString());
            String namespace = gauge.tags().get(KubernetesMetrics.NAMESPACE_TAG).orElse("");
            Double previous = values.computeIfAbsent(gauge.name(), name -> new TreeMap<>()).put(namespace, gauge.value());
            assertEquals(null, previous, "one point per metric and namespace: " + gauge);
        }
        return values;
    }

    /** Asserts equal keys and values, ratios to within 1e-12 relative. */
    static void assertSameValues(Map<String, Map<String, Double>> expected, Map<String, Map<String, Double>> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "metrics");
        for (String metric : expected.keySet()) {
            assertEquals(expected.get(metric).keySet(), actual.get(metric).keySet(), "namespaces of " + metric);
            for (Map.Entry<String, Double> entry : expected.get(metric).entrySet()) {
                double want = entry.getValue();
                assertEquals(want, actual.get(metric).get(entry.getKey()), Math.abs(want) * 1e-12,
                        metric + " in '" + entry.getKey() + "'");
            }
        }
    }
}
